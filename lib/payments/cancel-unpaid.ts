import type Stripe from "stripe";
import type { Db } from "@/db";
import { loadOrder, transitionOrder, type TransitionResult } from "@/lib/orders";
import { closeCheckoutSession, type SessionClosure } from "@/lib/stripe";
import { getStripe } from "@/lib/stripe";

const refusals: Record<Exclude<SessionClosure, "closed">, string> = {
  processing: "Your payment is being processed, so the order cannot be cancelled now.",
  complete: "Your payment has gone through, so the order cannot be cancelled now.",
  unreachable: "Card payments are unavailable right now. Please try again later.",
};

/**
 * The shopper gives up on paying a card order (back from Stripe's page): its session is
 * expired at Stripe first, so it can no longer be paid, and only then is the order
 * cancelled and its stock released. A session Stripe already completed is not cancelled
 * here: the money is on its way and the webhook settles it.
 */
export async function cancelAwaitingCardPayment(
  db: Db,
  orderId: number,
  stripe: Stripe | null = getStripe(),
): Promise<TransitionResult> {
  const order = await loadOrder(db, orderId);
  if (!order || order.paymentMethod !== "stripe" || order.status !== "awaiting_payment" || order.paidAt) {
    return { ok: false, message: "This order can no longer be cancelled online. Please contact us." };
  }
  const closure = await closeCheckoutSession(db, order.id, stripe);
  if (closure !== "closed") return { ok: false, message: refusals[closure] };
  return transitionOrder(db, order.id, "cancel", {
    actor: { kind: "customer", id: order.userId },
    reason: "Cancelled by the customer before paying.",
  });
}
