import type Stripe from "stripe";
import type { Tx } from "@/db";
import { assessCardOutcome, type CardOutcome } from "@/lib/risk";
import { paymentIntentId, type SessionOrder } from "./session-order";
import { RetryLaterError, type WebhookDeps } from "./types";

// The card payment's outcome for the fraud check (lib/risk): Radar's risk level and score, the
// card's country and fingerprint, read from the PaymentIntent's charge when Stripe says the
// session is paid. Read before the transaction (a call to Stripe), applied in it together
// with the payment, so a risky order is held from the moment it counts as paid.

export async function readCardOutcome(
  session: Stripe.Checkout.Session,
  { stripe }: WebhookDeps,
): Promise<CardOutcome | null> {
  const intent = paymentIntentId(session);
  if (!intent || session.payment_status !== "paid") return null;
  let charge: Stripe.PaymentIntent["latest_charge"];
  try {
    charge = (await stripe.paymentIntents.retrieve(intent, { expand: ["latest_charge"] })).latest_charge;
  } catch (error) {
    // Not a PaymentIntent this account knows: no outcome to read. Anything else: Stripe sends
    // the event again, so no paid order skips its check.
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw new RetryLaterError(`The card payment's risk check could not be read from Stripe for ${intent}`);
  }
  if (!charge || typeof charge === "string") return null;
  const card = charge.payment_method_details?.card;
  return {
    radarLevel: charge.outcome?.risk_level ?? null,
    radarScore: charge.outcome?.risk_score ?? null,
    country: card?.country ?? null,
    fingerprint: card?.fingerprint ?? null,
  };
}

/** The session's order with the card's outcome assessed (unchanged when there is none). */
export async function withCardOutcome(
  tx: Tx,
  found: SessionOrder,
  card: CardOutcome | null,
  eventId: string,
): Promise<SessionOrder> {
  if (!card || found.order.paidAt) return found;
  const order = await assessCardOutcome(tx, found.order, card, { kind: "stripe", id: eventId });
  return { ...found, order };
}
