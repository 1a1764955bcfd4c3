// The outbox delivers the events of lib/events to their handlers (./registry.ts): in this
// process by default, through Inngest when it is configured.
export { kickDispatcher } from "./runtime";
export { retryOutboxEvent } from "./admin";
export { outboxBacklog } from "./backlog";

export { runHandlerOnce } from "./deliver";
export { eventTypes, inngest, inngestConfigured } from "./inngest-client";
export { handlerById, registeredHandlers } from "./registry";
export type { HandlerId } from "./registry";
export { defaultHandlerContext, getDispatcher, stopOutbox } from "./runtime";
export type { EventHandler, HandlerContext } from "./types";
