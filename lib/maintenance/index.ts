// Scheduled upkeep: expiring unpaid orders, retention, reminders.
export { runMaintenance } from "./run";
export { cronJobs, isCronJob } from "./cron-jobs";
