// The outbox: write events with enqueueEvent inside the transaction that makes the change.
export { enqueueEvent, enqueueEvents } from "./enqueue";
export { kickDispatcher } from "./runtime";
export { retryOutboxEvent } from "./admin";
export type { EventName, EventPayload } from "./schemas";
