import { cron } from "inngest";
import { getDispatcher, inngest } from "@/lib/outbox";

// The outbox sweep for hosts without a long-running process (Vercel): every minute, rows
// whose after-commit kick was lost are sent to Inngest. Node hosts also sweep in process
// (lib/outbox/runtime.ts); both may run, since claims are safe under concurrency.
export const sweepOutbox = inngest.createFunction(
  { id: "sweep-outbox", triggers: [cron("* * * * *")], retries: 0 },
  async ({ step }) => step.run("drain-outbox", () => getDispatcher().drain()),
);
