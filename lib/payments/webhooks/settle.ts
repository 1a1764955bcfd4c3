import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Tx } from "@/db";
import { orders, payments } from "@/db/schema";
import { refusalText } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import {
  appendOrderEvent,
  applyTransition,
  enqueuePaidEvent,
  enqueueStockChanges,
  retakeOrderStock,
  type OrderActor,
} from "@/lib/orders";
import { paymentIntentId, type SessionOrder } from "./session-order";
import type { WebhookEffect } from "./types";

// What a Checkout Session's outcome does to its order, whatever order the events arrive in.
//
// Paid (completed with payment_status "paid", or async_payment_succeeded):
//   - awaiting payment → paid (stock was held all along);
//   - already paid → nothing (a duplicate or the other of the two "paid" events);
//   - cancelled because the session expired or a payment failed first (stock released):
//     take the stock again if it is all still there and the order becomes paid; if not,
//     the order stays cancelled, is recorded as paid and flagged for staff to refund or
//     source the goods. A payment is never silently accepted for goods we do not hold.
//   - the amount Stripe collected differs from the order total → flagged, not paid.
// Unpaid end (expired, async_payment_failed): a still-unpaid order is cancelled and its
// stock released (exactly once: releaseOrderStock); a paid one is left alone.

export async function flagOrder(tx: Tx, orderId: number, actor: OrderActor, reason: string): Promise<void> {
  await tx
    .update(orders)
    .set({ needsAttention: reason, updatedAt: sql`now()` })
    .where(eq(orders.id, orderId));
  await appendOrderEvent(tx, { orderId, type: "needs_attention", actor, data: { reason } });
}

export async function confirmStripePayment(
  tx: Tx,
  { order, payment }: SessionOrder,
  session: Stripe.Checkout.Session,
  eventId: string,
): Promise<WebhookEffect> {
  const actor: OrderActor = { kind: "stripe", id: eventId };
  const intent = paymentIntentId(session);
  if (order.paidAt) return { outcome: "already paid", orderId: order.id };

  const collected = session.amount_total ?? -1;
  const currency = (session.currency ?? "").toUpperCase();
  if (collected !== order.totalAmount || currency !== order.currency) {
    const got =
      collected >= 0 && /^[A-Z]{3}$/.test(currency)
        ? formatMoney({ amount: collected, currency })
        : "an unknown amount";
    await flagOrder(
      tx,
      order.id,
      actor,
      `Stripe collected ${got}, but the order total is ${formatMoney({ amount: order.totalAmount, currency: order.currency })}.`,
    );
    return { outcome: "flagged: amount differs from the order total", orderId: order.id };
  }
  await tx
    .update(payments)
    .set({ stripePaymentIntentId: intent ?? payment.stripePaymentIntentId, updatedAt: sql`now()` })
    .where(eq(payments.id, payment.id));

  if (order.status === "awaiting_payment") {
    const result = await applyTransition(tx, order, "mark_paid", { actor, paymentReference: intent ?? session.id });
    if (!result.ok) throw new Error(`Order ${order.number} could not be marked paid: ${refusalText(result)}`);
    return { outcome: "paid", orderId: order.id };
  }
  if (order.status === "cancelled" && order.stockReleasedAt)
    return payAfterRelease(tx, { order, payment }, intent ?? session.id, actor);
  await flagOrder(tx, order.id, actor, `Stripe confirmed a payment for this ${order.status} order.`);
  return { outcome: `flagged: paid while ${order.status}`, orderId: order.id };
}

async function payAfterRelease(
  tx: Tx,
  { order, payment }: SessionOrder,
  reference: string,
  actor: OrderActor,
): Promise<WebhookEffect> {
  const now = new Date();
  await tx
    .update(payments)
    .set({ status: "succeeded", paidAt: now, reference, updatedAt: now })
    .where(eq(payments.id, payment.id));
  const stock = await retakeOrderStock(tx, order.id);
  if (!stock) {
    await tx.update(orders).set({ paidAt: now, updatedAt: now }).where(eq(orders.id, order.id));
    await appendOrderEvent(tx, { orderId: order.id, type: "paid", actor, data: { reference, late: true } });
    await flagOrder(
      tx,
      order.id,
      actor,
      "Paid after the order was cancelled and its stock released; the stock is no longer available. Refund the customer or source the items.",
    );
    return { outcome: "flagged: paid after cancellation, stock gone", orderId: order.id };
  }
  const [updated] = await tx
    .update(orders)
    .set({ status: "paid", paidAt: now, cancelledAt: null, updatedAt: now })
    .where(eq(orders.id, order.id))
    .returning();
  await appendOrderEvent(tx, {
    orderId: order.id,
    type: "stock_retaken",
    actor,
    data: { lines: stock.map((m) => ({ variantId: m.variantId, quantity: -m.delta })) },
  });
  await appendOrderEvent(tx, { orderId: order.id, type: "paid", actor, data: { reference, late: true } });
  await enqueuePaidEvent(tx, updated!, { reference, paidAt: now });
  await enqueueStockChanges(tx, stock);
  return { outcome: "paid after cancellation: stock taken again", orderId: order.id, stock };
}

/** The session expired or its delayed payment failed: cancel the order if it is still unpaid. */
export async function endUnpaidOrder(
  tx: Tx,
  { order, payment }: SessionOrder,
  ending: { paymentStatus: "expired" | "failed"; reason: string; actor: OrderActor },
): Promise<WebhookEffect> {
  const { actor } = ending;
  if (order.paidAt) return { outcome: `ignored: ${ending.paymentStatus} after payment`, orderId: order.id };
  if (order.status !== "awaiting_payment")
    return { outcome: `ignored: order already ${order.status}`, orderId: order.id };
  await tx
    .update(payments)
    .set({ status: ending.paymentStatus, updatedAt: sql`now()` })
    .where(eq(payments.id, payment.id));
  if (ending.paymentStatus === "failed")
    await appendOrderEvent(tx, { orderId: order.id, type: "payment_failed", actor });
  const result = await applyTransition(tx, order, "cancel", { actor, reason: ending.reason });
  if (!result.ok) throw new Error(`Order ${order.number} could not be cancelled: ${refusalText(result)}`);
  return { outcome: "cancelled, stock released", orderId: order.id, stock: result.stock };
}
