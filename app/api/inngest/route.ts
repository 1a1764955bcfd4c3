import { serve } from "inngest/next";
import { inngest, inngestConfigured } from "@/lib/outbox";
import { functions } from "@/inngest/functions";

// Inngest calls this endpoint to sync and run the functions. Without Inngest configured the
// in-process dispatcher does the work, and the SDK (which needs a signing key or the Dev
// Server) would fail on every call, so the endpoint says why it is not there instead.

const notConfigured = async () =>
  Response.json(
    {
      error:
        "Inngest is not configured: set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (or INNGEST_DEV=1 for the Dev Server). Background jobs run in process meanwhile.",
    },
    { status: 404 },
  );

const handler = inngestConfigured ? serve({ client: inngest, functions }) : null;

export const GET = handler?.GET ?? notConfigured;
export const POST = handler?.POST ?? notConfigured;
export const PUT = handler?.PUT ?? notConfigured;
