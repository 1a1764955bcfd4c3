import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { payments } from "@/db/schema";
import { refusalText } from "@/lib/errors";
import { applyTransition, loadOrder, type StockMovement } from "@/lib/orders";
import { flagOrder } from "./settle";
import { defineWebhookHandler, RetryLaterError } from "./types";

// A charge was refunded, by staff through transitionOrder or in the Stripe dashboard. Each
// Stripe refund is recorded once, by its id: one the staff action already recorded is
// skipped. The event's charge does not list its refunds on current API versions, so they
// are fetched; the order is found by the PaymentIntent, or through its metadata when the
// payment's confirmation has not been processed yet.

type Prepared = { orderId: number | null; refunds: Pick<Stripe.Refund, "id" | "amount" | "status" | "reason">[] };

const intentId = (charge: Stripe.Charge) =>
  typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);

/** The order id our Checkout Session put on the PaymentIntent; null for payments that are not ours. */
async function orderIdFromIntent(stripe: Stripe, intent: string): Promise<number | null> {
  try {
    const id = Number((await stripe.paymentIntents.retrieve(intent)).metadata?.order_id);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch (error) {
    // Not a PaymentIntent this account knows: not ours. Anything else (an outage) is retried.
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}

export const chargeRefunded = defineWebhookHandler<"charge.refunded", Prepared>({
  type: "charge.refunded",
  async prepare(event, { db, stripe }) {
    const charge = event.data.object;
    const intent = intentId(charge);
    if (!intent) return { orderId: null, refunds: [] };
    const [payment] = await db
      .select({ orderId: payments.orderId })
      .from(payments)
      .where(eq(payments.stripePaymentIntentId, intent));
    let orderId = payment?.orderId ?? null;
    if (orderId === null) orderId = await orderIdFromIntent(stripe, intent);
    const listed = charge.refunds?.data ?? (await stripe.refunds.list({ charge: charge.id, limit: 100 })).data;
    return { orderId, refunds: listed.map(({ id, amount, status, reason }) => ({ id, amount, status, reason })) };
  },
  async apply(tx, event, { orderId, refunds }) {
    if (orderId === null) return { outcome: "ignored: not one of our payments" };
    let order = await loadOrder(tx, orderId, { lock: true });
    if (!order || order.paymentMethod !== "stripe") return { outcome: "ignored: not one of our payments" };
    if (!order.paidAt)
      throw new RetryLaterError(`Refund for order ${order.number} arrived before its payment was recorded`);

    const actor = { kind: "stripe" as const, id: event.id };
    const stock: StockMovement[] = [];
    let recorded = 0;
    // Oldest first, so partial refunds are recorded in the order they were made.
    for (const refund of [...refunds].reverse()) {
      if (refund.status !== "succeeded" && refund.status !== "pending") continue;
      const result = await applyTransition(tx, order, "refund", {
        actor,
        amount: refund.amount,
        reason: refund.reason ?? undefined,
        refund: { method: "stripe", stripeRefundId: refund.id },
      });
      if (!result.ok) {
        await flagOrder(
          tx,
          order.id,
          actor,
          `Stripe refund ${refund.id} could not be recorded: ${refusalText(result)}`,
        );
        continue;
      }
      if (!result.duplicate) recorded += 1;
      stock.push(...result.stock);
      order = result.order;
    }
    return {
      outcome: recorded ? `recorded ${recorded} refund(s)` : "refunds already recorded",
      orderId: order.id,
      stock,
    };
  },
});
