import { and, eq, sql } from "drizzle-orm";
import { outboxDeliveries } from "@/db/schema";
import { errorMessage, PermanentError } from "@/lib/delivery-failure";
import { withSpan } from "@/lib/telemetry";
import { describeIssues, eventSchemas, isEventName, type EventName } from "@/lib/events";
import { withTimeout } from "./timeout";
import type { EventHandler, HandlerContext, OutboxEvent } from "./types";

export type HandlerOutcome = "delivered" | "skipped";

export const DEFAULT_HANDLER_TIMEOUT_MS = 30_000;

/**
 * Runs one handler for one event unless the delivery record says it already succeeded (or
 * was abandoned), and records the outcome. Both dispatch modes go through here: the
 * in-process dispatcher and each Inngest function. The record is written after the
 * handler, so a crash in between runs the handler again: handlers must be idempotent
 * (emails are, by their idempotency key).
 */
export async function runHandlerOnce<N extends EventName>(
  context: HandlerContext,
  handler: EventHandler<N>,
  event: { id: string; name: string; data: unknown },
  options: { timeoutMs?: number } = {},
): Promise<HandlerOutcome> {
  const { db } = context;
  const key = and(eq(outboxDeliveries.eventId, event.id), eq(outboxDeliveries.handler, handler.id));
  const [record] = await db.select({ status: outboxDeliveries.status }).from(outboxDeliveries).where(key);
  if (record?.status === "delivered" || record?.status === "abandoned") return "skipped";

  try {
    const typed = parseEvent(handler, event);
    await withSpan(
      `handler ${handler.id}`,
      { attributes: { "outbox.id": event.id, "outbox.handler": handler.id } },
      () => withTimeout(handler.run(typed, context), options.timeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS, handler.id),
    );
  } catch (error) {
    const status = error instanceof PermanentError ? "abandoned" : "failed";
    await recordOutcome(context, event.id, handler.id, { status, lastError: errorMessage(error) });
    throw error;
  }
  await recordOutcome(context, event.id, handler.id, { status: "delivered", lastError: null, deliveredAt: sql`now()` });
  return "delivered";
}

// Re-validated at delivery as well as at write time: a row written before a schema change
// must fail loudly (and permanently) rather than reach a handler in the wrong shape.
function parseEvent<N extends EventName>(
  handler: EventHandler<N>,
  event: { id: string; name: string; data: unknown },
): OutboxEvent<N> {
  if (event.name !== handler.event || !isEventName(event.name)) {
    throw new PermanentError(`Handler ${handler.id} handles ${handler.event}, not ${event.name}`);
  }
  const parsed = eventSchemas[handler.event].safeParse(event.data);
  if (!parsed.success) {
    throw new PermanentError(
      `Payload of ${event.name} ${event.id} no longer matches its schema: ${describeIssues(parsed.error).join("; ")}`,
    );
  }
  return { id: event.id, name: handler.event, data: parsed.data as OutboxEvent<N>["data"] };
}

async function recordOutcome(
  { db }: HandlerContext,
  eventId: string,
  handler: string,
  values: {
    status: "delivered" | "failed" | "abandoned";
    lastError: string | null;
    deliveredAt?: ReturnType<typeof sql>;
  },
): Promise<void> {
  await db
    .insert(outboxDeliveries)
    .values({ eventId, handler, attempts: 1, ...values })
    .onConflictDoUpdate({
      target: [outboxDeliveries.eventId, outboxDeliveries.handler],
      set: { ...values, attempts: sql`${outboxDeliveries.attempts} + 1`, updatedAt: sql`now()` },
    });
}
