// Events: what happened, written with enqueueEvent inside the transaction that makes the
// change. Delivering them to their handlers is lib/outbox's work.
export { enqueueEvent, enqueueEvents } from "./enqueue";
export type { EventName, EventPayload } from "./schemas";

export { describeIssues } from "./errors";
export { eventNames, eventSchemas, isEventName } from "./schemas";
export { SECRET_LINK_FIELDS, withoutSecretLinks } from "./secret-links";
