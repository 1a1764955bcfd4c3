import type { Inngest } from "inngest";
import { PermanentError } from "@/lib/delivery-failure";
import { isEventName } from "@/lib/events";
import { TRACE_KEY, traceCarrier, withSpan, SpanKind } from "@/lib/telemetry";
import { runHandlerOnce } from "./deliver";
import { type EventRegistry, eventHandlers } from "./registry";
import type { EventHandler, HandlerContext } from "./types";

/** Where the dispatcher hands a claimed outbox row. Throws when the row must be retried. */
export type Transport = {
  name: "in-process" | "inngest";
  deliver: (event: { id: string; name: string; data: Record<string, unknown> }) => Promise<void>;
};

/**
 * Runs the event's handlers here, each at most once to success (the per-handler delivery
 * record): a row with one failed handler is retried for that handler only. One handler's
 * failure never stops the others.
 */
export function inProcessTransport(options: {
  context: () => HandlerContext;
  registry?: EventRegistry;
  handlerTimeoutMs?: number;
}): Transport {
  const registry = options.registry ?? eventHandlers;
  return {
    name: "in-process",
    async deliver(event) {
      if (!isEventName(event.name)) throw new PermanentError(`No event named "${event.name}" in lib/events/schemas.ts`);
      const handlers = registry[event.name] as readonly EventHandler[];
      const context = options.context();
      const results = await Promise.allSettled(
        handlers.map((handler) => runHandlerOnce(context, handler, event, { timeoutMs: options.handlerTimeoutMs })),
      );
      const failures = results.flatMap((result, i) =>
        result.status === "rejected" ? [{ handler: handlers[i]!, error: result.reason as unknown }] : [],
      );
      if (failures.length === 0) return;
      const message = failures
        .map((f) => `${f.handler.id}: ${f.error instanceof Error ? f.error.message : String(f.error)}`)
        .join("; ");
      // Only when every failed handler is beyond help does the row stop retrying.
      if (failures.every((f) => f.error instanceof PermanentError)) throw new PermanentError(message);
      throw new Error(message);
    },
  };
}

/**
 * Sends the row to Inngest with the row id as the event id: if the dispatcher dies after
 * Inngest accepted it and sends it again, Inngest drops the duplicate.
 */
export function inngestTransport(client: Inngest.Any): Transport {
  return {
    name: "inngest",
    async deliver(event) {
      // The trace goes along in the payload (the schemas ignore the key), so the Inngest
      // function's work joins the trace of the request that wrote the row.
      const trace = traceCarrier();
      await withSpan("inngest send", { kind: SpanKind.PRODUCER, attributes: { "inngest.event": event.name } }, () =>
        client.send({
          id: event.id,
          name: event.name,
          data: trace ? { ...event.data, [TRACE_KEY]: trace } : event.data,
        }),
      );
    },
  };
}
