import { registeredHandlers } from "@/lib/outbox";
import { handlerFunction } from "../handler-function";
import { runDailyMaintenance } from "./run-maintenance";
import { sweepOutbox } from "./sweep-outbox";

// Every function app/api/inngest serves: one per handler of lib/outbox/registry.ts, made
// from the registry so a new handler needs no file here, plus the cron jobs. A function's
// id is its handler's id, which Inngest keys its runs and history on: renaming a handler id
// makes a new function in Inngest (tests/outbox-functions.test.ts lists them).
export const functions = [
  ...registeredHandlers.map((handler) => handlerFunction(handler.id)),
  sweepOutbox,
  runDailyMaintenance,
];
