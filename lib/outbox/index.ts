// The outbox delivers the events of lib/events to their handlers (./registry.ts): in this
// process by default, through Inngest when it is configured.
export { kickDispatcher } from "./runtime";
export { retryOutboxEvent } from "./admin";
