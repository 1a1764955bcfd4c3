import { eq, sql } from "drizzle-orm";
import { payments } from "@/db/schema";
import { appendOrderEvent } from "@/lib/orders";
import type { CardOutcome } from "@/lib/risk";
import { readCardOutcome, withCardOutcome } from "./card-outcome";
import { lockSessionOrder, paymentIntentId } from "./session-order";
import { confirmStripePayment } from "./settle";
import { defineWebhookHandler } from "./types";

// The shopper finished Stripe's checkout. Paid only when Stripe says `payment_status` is
// "paid"; a delayed method (bank debit) completes "unpaid" and is settled later by
// async_payment_succeeded or async_payment_failed, the stock still held meanwhile.
export const checkoutSessionCompleted = defineWebhookHandler<"checkout.session.completed", CardOutcome | null>({
  type: "checkout.session.completed",
  prepare: (event, deps) => readCardOutcome(event.data.object, deps),
  async apply(tx, event, card) {
    const session = event.data.object;
    const found = await lockSessionOrder(tx, session);
    if (!found) return { outcome: "ignored: not one of our sessions" };
    if (session.payment_status === "paid")
      return confirmStripePayment(tx, await withCardOutcome(tx, found, card, event.id), session, event.id);

    const { order, payment } = found;
    if (order.paidAt || payment.status !== "pending")
      return { outcome: `ignored: payment already ${payment.status}`, orderId: order.id };
    await tx
      .update(payments)
      .set({ status: "processing", stripePaymentIntentId: paymentIntentId(session), updatedAt: sql`now()` })
      .where(eq(payments.id, payment.id));
    await appendOrderEvent(tx, {
      orderId: order.id,
      type: "payment_processing",
      actor: { kind: "stripe", id: event.id },
    });
    return { outcome: "payment processing", orderId: order.id };
  },
});
