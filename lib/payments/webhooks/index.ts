import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { stripeEvents } from "@/db/schema";
import { chargeRefunded } from "./charge-refunded";
import { checkoutSessionAsyncPaymentFailed } from "./checkout-session-async-payment-failed";
import { checkoutSessionAsyncPaymentSucceeded } from "./checkout-session-async-payment-succeeded";
import { checkoutSessionCompleted } from "./checkout-session-completed";
import { checkoutSessionExpired } from "./checkout-session-expired";
import { refundFailed } from "./refund-failed";
import { RetryLaterError, type WebhookDeps, type WebhookEffect, type WebhookHandler } from "./types";

// Stripe webhooks: verify → record the event id → apply its one handler, the last two in
// one transaction (docs/architecture.md, invariants). A repeated event finds its id and stops; an
// event that fails records nothing, so Stripe's retry applies it afresh.

const handlers = [
  checkoutSessionCompleted,
  checkoutSessionAsyncPaymentSucceeded,
  checkoutSessionAsyncPaymentFailed,
  checkoutSessionExpired,
  chargeRefunded,
  refundFailed,
] as unknown as WebhookHandler<Stripe.Event, unknown>[];

const handlerByType = new Map(handlers.map((handler) => [handler.type, handler]));

export type WebhookResponse = { status: 200 | 400 | 500; message: string; effect?: WebhookEffect };

/** `body` must be the raw request body: the signature covers its exact bytes. */
export async function handleStripeWebhook(
  request: { body: string; signature: string | null },
  deps: WebhookDeps & { webhookSecret: string },
): Promise<WebhookResponse> {
  if (!request.signature) return { status: 400, message: "Missing Stripe-Signature header" };
  let event: Stripe.Event;
  try {
    event = await deps.stripe.webhooks.constructEventAsync(request.body, request.signature, deps.webhookSecret);
  } catch {
    // A forged, altered or replayed (older than the tolerance) request: change nothing.
    return { status: 400, message: "Invalid signature" };
  }
  return processStripeEvent(event, deps);
}

/** Applies a verified event once. Exported for jobs that fetch events from Stripe's API. */
export async function processStripeEvent(event: Stripe.Event, deps: WebhookDeps): Promise<WebhookResponse> {
  const { db } = deps;
  // A cheap early exit for duplicates; the insert below is what guarantees once.
  const [seen] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
  if (seen) return { status: 200, message: "Duplicate event ignored" };

  const handler = handlerByType.get(event.type);
  try {
    const prepared = handler?.prepare ? await handler.prepare(event, deps) : undefined;
    const effect = await db.transaction(async (tx): Promise<WebhookEffect | null> => {
      const [recorded] = await tx
        .insert(stripeEvents)
        .values({
          id: event.id,
          type: event.type,
          livemode: event.livemode,
          stripeCreatedAt: new Date(event.created * 1000),
        })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (!recorded) return null;
      const applied = handler
        ? await handler.apply(tx, event, prepared)
        : { outcome: "ignored: event type not handled" };
      await tx
        .update(stripeEvents)
        .set({ outcome: applied.outcome, orderId: applied.orderId ?? null })
        .where(eq(stripeEvents.id, event.id));
      return applied;
    });
    if (!effect) return { status: 200, message: "Duplicate event ignored" };
    return { status: 200, message: effect.outcome, effect };
  } catch (error) {
    if (error instanceof RetryLaterError) return { status: 500, message: error.message };
    throw error;
  }
}
