import type Stripe from "stripe";
import type { Db, Tx } from "@/db";
import type { StockMovement } from "@/lib/orders";

export type WebhookDeps = { db: Db; stripe: Stripe };

/** What applying an event did: recorded with the event id, and the stock it moved (for caches). */
export type WebhookEffect = { outcome: string; orderId?: number | null; stock?: StockMovement[] };

/**
 * One handler per event type (docs/architecture.md, conventions). `prepare` may call Stripe (outside any
 * transaction); `apply` runs in the transaction that records the event id, so the event
 * and its effects commit together, once.
 */
export type WebhookHandler<E extends Stripe.Event = Stripe.Event, P = undefined> = {
  type: E["type"];
  prepare?: (event: E, deps: WebhookDeps) => Promise<P>;
  apply: (tx: Tx, event: E, prepared: P) => Promise<WebhookEffect>;
};

export function defineWebhookHandler<T extends Stripe.Event["type"], P = undefined>(
  handler: WebhookHandler<Extract<Stripe.Event, { type: T }>, P>,
): WebhookHandler<Extract<Stripe.Event, { type: T }>, P> {
  return handler;
}

/**
 * The event cannot be applied yet (e.g. a refund of a payment whose confirmation has not
 * arrived). Nothing is recorded and Stripe is answered 500, so it delivers the event again
 * later, by which time the earlier event has been processed.
 */
export class RetryLaterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLaterError";
  }
}
