import type { Db } from "@/db";
import type { EventName, EventPayload } from "@/lib/events";
import type { EmailSender } from "@/lib/email";

/** An outbox row as handlers see it; `id` is the outbox id (= the Inngest event id). */
export type OutboxEvent<N extends EventName = EventName> = { id: string; name: N; data: EventPayload<N> };

/** What a handler may use; injected so tests can swap the database or the email sender. */
export type HandlerContext = { db: Db; email: EmailSender };

/**
 * One idempotent unit of work for one event (send one email, reindex one product). `id` is
 * stable: it names the Inngest function and keys the per-handler delivery record.
 */
export type EventHandler<N extends EventName = EventName, Id extends string = string> = {
  id: Id;
  event: N;
  run: (event: OutboxEvent<N>, context: HandlerContext) => Promise<unknown>;
};

export function defineHandler<const Id extends string, N extends EventName>(
  handler: EventHandler<N, Id>,
): EventHandler<N, Id> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(handler.id)) throw new Error(`Handler id must be kebab-case: ${handler.id}`);
  return handler;
}
