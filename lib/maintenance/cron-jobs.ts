import { db } from "@/db";
import { getDispatcher } from "@/lib/outbox";
import { runMaintenance } from "./run";

// Scheduled work for hosts without a long-running process or Inngest (Vercel Cron calls
// /api/cron/<job>; see vercel.json):
//   outbox       delivers due outbox rows (retries, delayed events such as the unpaid-order
//                stock release)
//   maintenance  the daily housekeeping, then an outbox sweep
export const cronJobs = {
  outbox: () => getDispatcher().drain(),
  maintenance: async () => ({ ...(await runMaintenance(db)), outbox: await getDispatcher().drain() }),
} as const;

export type CronJob = keyof typeof cronJobs;

export function isCronJob(name: string): name is CronJob {
  return Object.hasOwn(cronJobs, name);
}
