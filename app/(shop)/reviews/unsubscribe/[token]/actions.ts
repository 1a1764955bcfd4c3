"use server";

import { z } from "zod";
import { action, fail } from "@/lib/actions";
import { optOutByToken } from "@/lib/review-requests";

// A POST, never the link's GET: mail scanners open links, and only the addressee's click counts.
export const stopReviewRequestsAction = action(z.object({ token: z.string().min(1).max(600) }), async ({ token }) =>
  (await optOutByToken(token))
    ? { ok: true, data: null, message: "Done. We will not ask you for reviews again." }
    : fail("This link is not valid. Copy the whole link from the email and try again."),
);
