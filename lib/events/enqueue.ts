import { after } from "next/server";
import type { DbOrTx } from "@/db";
import { outbox } from "@/db/schema";
import { traceCarrier } from "@/lib/telemetry";
import { type EventName, type EventPayload, eventSchemas, isEventName } from "./schemas";
import { describeIssues, InvalidEventError } from "./errors";
import { installedDispatchKick } from "./dispatch-hook";

/**
 * Writes an event to the outbox inside the caller's transaction: the state change and the
 * event commit together or not at all (docs/architecture.md, invariants). The payload is
 * validated first; an invalid one throws InvalidEventError and nothing is written, which
 * also rolls back the caller's transaction unless it catches the error.
 *
 * A delay is a delayed event (docs/architecture.md), not a sleep in a handler: `notBefore` keeps the
 * row undelivered until then, in both dispatch modes.
 *
 * Inside a request (server action, route handler) a dispatch is scheduled for after the
 * response, by which time the caller's transaction has committed; the kick is the one the
 * server installed at start (./dispatch-hook.ts), so this module never loads the handlers.
 * Elsewhere (scripts, jobs) call kickDispatcher() after commit, or let the periodic sweep
 * find the row.
 */
export async function enqueueEvent<N extends EventName>(
  tx: DbOrTx,
  name: N,
  payload: EventPayload<N>,
  options: { notBefore?: Date } = {},
): Promise<{ id: string }> {
  const [row] = await tx
    .insert(outbox)
    .values({
      name,
      payload: validated(name, payload),
      traceContext: traceCarrier(),
      ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}),
    })
    .returning({ id: outbox.id });
  dispatchAfterResponse();
  return { id: row!.id };
}

// Rows per statement for enqueueEvents: well under Postgres's 65,535 parameters.
const BATCH_ROWS = 500;

/**
 * Many events of one kind (a category rename re-indexes every product in it) in multi-row
 * inserts, with the same validation and transaction rules as enqueueEvent: every payload is
 * checked before anything is written.
 */
export async function enqueueEvents<N extends EventName>(
  tx: DbOrTx,
  name: N,
  payloads: readonly EventPayload<N>[],
): Promise<number> {
  const traceContext = traceCarrier();
  const rows = payloads.map((payload) => ({ name, payload: validated(name, payload), traceContext }));
  for (let i = 0; i < rows.length; i += BATCH_ROWS) await tx.insert(outbox).values(rows.slice(i, i + BATCH_ROWS));
  if (rows.length > 0) dispatchAfterResponse();
  return rows.length;
}

function validated<N extends EventName>(name: N, payload: EventPayload<N>): Record<string, unknown> {
  if (!isEventName(name)) throw new InvalidEventError(name, ["no such event (see lib/events/schemas.ts)"]);
  const parsed = eventSchemas[name].safeParse(payload);
  if (!parsed.success) throw new InvalidEventError(name, describeIssues(parsed.error));
  return parsed.data as Record<string, unknown>;
}

function dispatchAfterResponse(): void {
  const kick = installedDispatchKick();
  if (!kick) return;
  try {
    after(kick);
  } catch {
    // after() throws outside a request scope. The kick is only a shortcut: the row is
    // already written and the sweep delivers it, so no failure here may fail the write.
  }
}
