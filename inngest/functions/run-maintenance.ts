import { cron } from "inngest";
import { db } from "@/db";
import { inngest } from "@/lib/outbox";
import { runMaintenance } from "@/lib/maintenance";

// Daily housekeeping (lib/maintenance): expired carts, one-time links in delivered events,
// machinery rows past retention. Idempotent, so an overlap with a Node server's own daily
// run is harmless.
export const runDailyMaintenance = inngest.createFunction(
  { id: "run-maintenance", triggers: [cron("17 3 * * *")], retries: 2 },
  async ({ step }) => step.run("housekeeping", () => runMaintenance(db)),
);
