import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Tx } from "@/db";
import { type Order, type Payment, payments } from "@/db/schema";
import { loadOrder } from "@/lib/orders";

export type SessionOrder = { order: Order; payment: Payment };

/**
 * The order a Checkout Session pays for, locked for the transaction, or null when the
 * session is not one of ours (another integration on the same Stripe account) or not the
 * order's current session. The order id comes from the session's metadata, which we set
 * and Stripe signed; the session id must match the one we recorded, unless we never got to
 * record it (the response to the create call was lost), in which case it is adopted.
 */
export async function lockSessionOrder(tx: Tx, session: Stripe.Checkout.Session): Promise<SessionOrder | null> {
  const orderId = Number(session.metadata?.order_id);
  if (!Number.isSafeInteger(orderId) || orderId <= 0) return null;
  const order = await loadOrder(tx, orderId, { lock: true });
  if (!order || order.paymentMethod !== "stripe") return null;
  const [payment] = await tx.select().from(payments).where(eq(payments.orderId, order.id));
  if (!payment) return null;
  if (payment.stripeCheckoutSessionId && payment.stripeCheckoutSessionId !== session.id) return null;
  if (!payment.stripeCheckoutSessionId) {
    const [adopted] = await tx
      .update(payments)
      .set({ stripeCheckoutSessionId: session.id, updatedAt: sql`now()` })
      .where(eq(payments.id, payment.id))
      .returning();
    return { order, payment: adopted! };
  }
  return { order, payment };
}

export function paymentIntentId(session: Stripe.Checkout.Session): string | null {
  const intent = session.payment_intent;
  if (!intent) return null;
  return typeof intent === "string" ? intent : intent.id;
}
