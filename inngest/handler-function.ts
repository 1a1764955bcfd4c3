import { NonRetriableError } from "inngest";
import {
  defaultHandlerContext,
  eventTypes,
  handlerById,
  inngest,
  runHandlerOnce,
  type EventHandler,
  type HandlerContext,
  type HandlerId,
} from "@/lib/outbox";
import { PermanentError } from "@/lib/delivery-failure";
import type { EventName } from "@/lib/events";
import { inTraceOf, TRACE_KEY } from "@/lib/telemetry";

// Inngest retries a failed run with its own backoff; 11 retries match the in-process
// dispatcher's twelve attempts.
const RETRIES = 11;

/**
 * The Inngest function for one handler of the registry, triggered by its event. It runs
 * through the same runHandlerOnce as the in-process dispatcher, so both modes share the
 * delivery record and the idempotency rules.
 */
export function handlerFunction(id: HandlerId, context: () => HandlerContext = defaultHandlerContext) {
  const handler = handlerById(id) as EventHandler<EventName>;
  return inngest.createFunction(
    { id: handler.id, triggers: [eventTypes[handler.event]], retries: RETRIES },
    async ({ event, step }) => {
      if (!event.id) throw new NonRetriableError(`Event ${event.name} has no id to key its delivery on`);
      const eventId = event.id;
      return step.run(handler.id, async () => {
        try {
          const data = event.data as Record<string, unknown>;
          const trace = data[TRACE_KEY] as Record<string, string> | undefined;
          return await inTraceOf(trace, () =>
            runHandlerOnce(context(), handler, { id: eventId, name: event.name, data }),
          );
        } catch (error) {
          if (error instanceof PermanentError) throw new NonRetriableError(error.message, { cause: error });
          throw error;
        }
      });
    },
  );
}
