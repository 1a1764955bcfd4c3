import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { payments } from "@/db/schema";
import { loadOrder } from "@/lib/orders/snapshot";
import { transitionOrder, type TransitionResult } from "@/lib/orders/transition";
import { getStripe } from "./stripe-client";

/**
 * The shopper gives up on paying a card order (back from Stripe's page): its session is
 * expired at Stripe first, so it can no longer be paid, and only then is the order
 * cancelled and its stock released. A session Stripe already completed is not cancelled
 * here: the money is on its way and the webhook settles it.
 */
export async function cancelAwaitingCardPayment(db: Db, orderId: number, stripe: Stripe | null = getStripe()): Promise<TransitionResult> {
  const order = await loadOrder(db, orderId);
  if (!order || order.paymentMethod !== "stripe" || order.status !== "awaiting_payment" || order.paidAt) {
    return { ok: false, error: "This order can no longer be cancelled online. Please contact us." };
  }
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
  if (payment?.status === "processing") return { ok: false, error: "Your payment is being processed, so the order cannot be cancelled now." };
  if (payment?.stripeCheckoutSessionId) {
    if (!stripe) return { ok: false, error: "Card payments are unavailable right now. Please try again later." };
    const session = await stripe.checkout.sessions.retrieve(payment.stripeCheckoutSessionId);
    if (session.status === "complete") return { ok: false, error: "Your payment has gone through, so the order cannot be cancelled now." };
    if (session.status === "open") await stripe.checkout.sessions.expire(session.id);
  }
  return transitionOrder(db, order.id, "cancel", { actor: { kind: "customer", id: order.userId }, reason: "Cancelled by the customer before paying." });
}
