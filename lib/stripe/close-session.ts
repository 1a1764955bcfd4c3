import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { payments } from "@/db/schema";

export type SessionClosure =
  /** Nothing can pay the order any more: no session was started, or it is expired now. */
  | "closed"
  /** The shopper paid at Stripe; its webhook marks the order paid. */
  | "complete"
  /** A delayed payment (a bank debit) is under way. */
  | "processing"
  /** A session exists but Stripe is not configured, so it cannot be checked. */
  | "unreachable";

/**
 * Before an unpaid card order is cancelled, its Stripe Checkout session must stop taking
 * money: an open session is expired at Stripe. Otherwise the shopper could still pay a
 * cancelled order whose stock has gone back on sale.
 */
export async function closeCheckoutSession(db: Db, orderId: number, stripe: Stripe | null): Promise<SessionClosure> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  if (payment?.status === "processing") return "processing";
  if (!payment?.stripeCheckoutSessionId) return "closed";
  if (!stripe) return "unreachable";
  let session = await stripe.checkout.sessions.retrieve(payment.stripeCheckoutSessionId);
  if (session.status === "open") session = await stripe.checkout.sessions.expire(session.id);
  return session.status === "complete" ? "complete" : "closed";
}
