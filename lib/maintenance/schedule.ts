import { db } from "@/db";
import { runMaintenance } from "./run";
import { log } from "@/lib/log";

const DAY_MS = 86_400_000;
// Not during start-up: the first run waits until the server has settled.
const FIRST_RUN_DELAY_MS = 60_000;

const globalForMaintenance = globalThis as unknown as { __storefrontMaintenance?: NodeJS.Timeout };

/**
 * Daily housekeeping on a long-running Node server (Inngest runs it by cron, serverless
 * hosts through /api/cron/maintenance). Timers are unref'd so they never keep a process
 * alive; a failed run is logged and tried again the next day.
 */
export function startMaintenanceSchedule(): void {
  if (globalForMaintenance.__storefrontMaintenance) return;
  const run = () =>
    runMaintenance(db).then(
      (report) => log.info({ module: "maintenance", report }, "daily housekeeping done"),
      (error: unknown) => log.error({ err: error, module: "maintenance" }, "daily housekeeping failed"),
    );
  const first = setTimeout(() => {
    void run();
    const daily = setInterval(() => void run(), DAY_MS);
    daily.unref();
    globalForMaintenance.__storefrontMaintenance = daily;
  }, FIRST_RUN_DELAY_MS);
  first.unref();
  globalForMaintenance.__storefrontMaintenance = first;
}
