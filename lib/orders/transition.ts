import { eq } from "drizzle-orm";
import Stripe from "stripe";
import type { Db } from "@/db";
import { type Order, payments } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { closeCheckoutSession, type SessionClosure } from "@/lib/stripe";
import { getStripe, requireStripe } from "@/lib/stripe";
import {
  alreadyApplied,
  applyTransition,
  machineOrder,
  unchanged,
  type TransitionOptions,
  type TransitionResult,
} from "./apply-transition";
import { loadOrder } from "./snapshot";
import { type OrderAction, planTransition } from "./state-machine";

export type { TransitionOptions, TransitionResult } from "./apply-transition";
export { ORDER_ACTIONS, type OrderAction, availableActions } from "./state-machine";

/**
 * THE way to change an order's status (staff pages, jobs). Validates the change against the
 * state machine (./state-machine.ts) and applies it in one transaction with its timeline
 * entry and outbox event (./apply-transition.ts). For example:
 *
 *   transitionOrder(db, id, "ship", { actor: { kind: "staff", id: user.id }, carrier: "UPS",
 *     trackingNumber: "1Z…", trackingUrl: "https://…", idempotencyKey: formKey })
 *
 * Money back on a card order goes through Stripe first (with an idempotency key, so a
 * retried click refunds once), then the refund Stripe made is recorded; the
 * charge.refunded webhook recognises it by its id and does not count it again. Manual
 * orders' refunds are recorded as made by hand.
 */
export async function transitionOrder(
  db: Db,
  orderId: number,
  action: OrderAction,
  options: TransitionOptions & { stripe?: Stripe },
): Promise<TransitionResult> {
  const { stripe, ...rest } = options;
  let applied: TransitionOptions = rest;

  const before = await loadOrder(db, orderId);
  if (!before) return { ok: false, message: "This order does not exist." };
  // A repeated form is answered before any call to Stripe (a second refund request, even
  // with Stripe's idempotency key, would be refused once the first has used up the amount).
  if (await alreadyApplied(db, rest.idempotencyKey)) return unchanged(before);
  if (needsSessionClosed(before, action, rest)) {
    // An unpaid card order's payment page stops taking money before the order is cancelled.
    const closure = await closeCheckoutSession(db, before.id, stripe ?? getStripe());
    if (closure !== "closed") return { ok: false, message: sessionRefusals[closure] };
  }
  if (needsStripeRefund(before, action, rest)) {
    const planned = planTransition(machineOrder(before), action, rest.actor.kind, rest);
    if (!planned.ok) return planned;
    const refund = await refundThroughStripe(db, stripe ?? requireStripe(), before, planned.plan.refundAmount, rest);
    if (!refund.ok) return refund;
    applied = { ...rest, amount: refund.amount, refund: { method: "stripe", stripeRefundId: refund.id } };
  }

  return db.transaction(async (tx) => {
    const order = await loadOrder(tx, orderId, { lock: true });
    if (!order) return { ok: false, message: "This order does not exist." };
    return applyTransition(tx, order, action, applied);
  });
}

const sessionRefusals: Record<Exclude<SessionClosure, "closed">, string> = {
  processing:
    "A payment for this order is being processed by the shopper's bank. Wait until it settles, then cancel (it will be refunded).",
  complete:
    "The shopper has just paid at Stripe; the payment will show here in a moment. Cancel it then, and the money is refunded.",
  unreachable:
    "Stripe is not configured, so this order's payment page cannot be closed. Set the Stripe keys, then cancel.",
};

const StripeErrors = Stripe.errors;

function needsSessionClosed(order: Order, action: OrderAction, options: TransitionOptions): boolean {
  // Stripe's own events (an expired or failed session) need no closing; a shopper's cancel
  // closes the session itself (lib/payments/cancel-unpaid.ts) with its own wording.
  return (
    action === "cancel" && order.paymentMethod === "stripe" && order.paidAt === null && options.actor.kind === "staff"
  );
}

function needsStripeRefund(order: Order, action: OrderAction, options: TransitionOptions): boolean {
  if (order.paymentMethod !== "stripe" || options.actor.kind === "stripe" || options.refund) return false;
  return action === "refund" || (action === "cancel" && order.paidAt !== null);
}

async function refundThroughStripe(
  db: Db,
  stripe: Stripe,
  order: Order,
  amount: number,
  options: TransitionOptions,
): Promise<{ ok: true; id: string; amount: number } | Refused> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
  if (!payment?.stripePaymentIntentId)
    return { ok: false, message: "This card payment has no Stripe payment to refund." };
  // Without a caller key, the same refund of the same order state is the same request.
  const key = options.idempotencyKey
    ? `refund:${options.idempotencyKey}`
    : `refund:${order.id}:${order.refundedAmount}:${amount}`;
  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: payment.stripePaymentIntentId,
        amount,
        reason: "requested_by_customer",
        metadata: { order_id: String(order.id), order_number: order.number },
      },
      { idempotencyKey: key },
    );
  } catch (error) {
    // Stripe's refusals and outages are answers for the staff member, not crashes; the
    // order is unchanged, and the same form can be sent again (same key, same refund).
    if (!(error instanceof StripeErrors.StripeError)) throw error;
    if (error instanceof StripeErrors.StripeConnectionError || error instanceof StripeErrors.StripeAPIError) {
      return { ok: false, message: "Stripe could not be reached, so nothing was refunded. Try again in a moment." };
    }
    return { ok: false, message: `Stripe refused the refund: ${error.message}` };
  }
  if (refund.status === "failed" || refund.status === "canceled") {
    return { ok: false, message: `Stripe could not make the refund (${refund.status}).` };
  }
  return { ok: true, id: refund.id, amount: refund.amount };
}
