import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { type Order, type RiskReason, orders } from "@/db/schema";
import { appendOrderEvent, type OrderActor } from "@/lib/orders";
import { loadSettings } from "@/lib/settings";
import { disposableDomainOf } from "./disposable-email";
import {
  CARD_CODES,
  cardCountryReason,
  disposableEmailReason,
  firstOrderReason,
  openUnpaidReason,
  radarReason,
  type RiskVerdict,
  scoreRisk,
  velocityReason,
} from "./score";
import * as signals from "./signals";

// Assessing an order, in the transaction that places it or that records its card payment:
// the reasons and level are written on the order (a high one holds it: lib/orders'
// state machine refuses to pack or ship it until staff approve) and, when they change, a
// staff-only timeline entry says what was found.

/** What Stripe reported about the card payment's charge. */
export type CardOutcome = {
  radarLevel: string | null;
  radarScore: number | null;
  country: string | null;
  fingerprint: string | null;
};

/** At placement, from what is known then: the email, the IP, the amount, the open unpaid orders. */
export async function assessPlacedOrder(tx: Tx, order: Order, context: { ipDigest: string | null }): Promise<Order> {
  const settings = await loadSettings(tx, "risk");
  const hours = settings.velocityHours;
  const { ipDigest } = context;
  const [byEmail, byIp, first, average, unpaidEmail, unpaidIp] = await Promise.all([
    signals.ordersByEmail(tx, order, hours),
    ipDigest ? signals.ordersByIp(tx, order, ipDigest, hours) : 0,
    signals.isFirstOrder(tx, order),
    signals.averageOrderTotal(tx, order),
    signals.openUnpaidByEmail(tx, order),
    ipDigest ? signals.openUnpaidByIp(tx, ipDigest) : 0,
  ]);
  const verdict = scoreRisk(
    [
      velocityReason("velocity_email", { count: byEmail, max: settings.maxOrdersPerEmail, hours }),
      velocityReason("velocity_ip", { count: byIp, max: settings.maxOrdersPerIp, hours }),
      firstOrderReason({
        firstOrder: first,
        total: order.totalAmount,
        average,
        currency: order.currency,
        factor: settings.averageOrderFactor,
      }),
      disposableEmailReason(disposableDomainOf(order.email)),
      openUnpaidReason("open_unpaid_email", unpaidEmail, settings.openUnpaidFlag),
      openUnpaidReason("open_unpaid_ip", unpaidIp, settings.openUnpaidFlag),
    ],
    settings,
  );
  return record(tx, order, verdict, { kind: "system" }, {});
}

/** When Stripe reports the card payment: Radar's verdict, the card's country and how often it was used. */
export async function assessCardOutcome(tx: Tx, order: Order, card: CardOutcome, actor: OrderActor): Promise<Order> {
  const settings = await loadSettings(tx, "risk");
  const hours = settings.velocityHours;
  const byCard = card.fingerprint ? await signals.ordersByCard(tx, order, card.fingerprint, hours) : 0;
  const kept: RiskReason[] = order.riskReasons.filter((r) => !(CARD_CODES as readonly string[]).includes(r.code));
  const verdict = scoreRisk(
    [
      ...kept,
      radarReason({ riskLevel: card.radarLevel, riskScore: card.radarScore }),
      cardCountryReason(card.country, order.shippingAddress.country),
      velocityReason("velocity_card", { count: byCard, max: settings.maxOrdersPerCard, hours }),
    ],
    settings,
  );
  return record(tx, order, verdict, actor, {
    cardFingerprint: card.fingerprint,
    cardCountry: card.country ? card.country.toUpperCase().slice(0, 2) : null,
  });
}

const sameVerdict = (order: Order, verdict: RiskVerdict) =>
  order.riskLevel === verdict.level &&
  order.riskScore === verdict.score &&
  JSON.stringify(order.riskReasons) === JSON.stringify(verdict.reasons);

async function record(
  tx: Tx,
  order: Order,
  verdict: RiskVerdict,
  actor: OrderActor,
  card: Partial<Pick<Order, "cardFingerprint" | "cardCountry">>,
): Promise<Order> {
  const changed = !sameVerdict(order, verdict);
  if (!changed && Object.keys(card).length === 0) return order;
  const [updated] = await tx
    .update(orders)
    .set({ riskLevel: verdict.level, riskScore: verdict.score, riskReasons: verdict.reasons, ...card })
    .where(eq(orders.id, order.id))
    .returning();
  if (!updated) throw new Error(`Order ${order.id} vanished during its risk check`);
  if (changed && verdict.reasons.length > 0) {
    await appendOrderEvent(tx, {
      orderId: order.id,
      type: "risk_assessed",
      actor,
      data: { level: verdict.level, score: verdict.score, reasons: verdict.reasons.map((r) => r.text) },
    });
  }
  return updated;
}
