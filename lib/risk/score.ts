import type { RiskLevel, RiskReason } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import type { RiskSettings } from "@/lib/settings/client";

// The fraud check's rules, pure: each signal becomes a reason with points and words staff
// understand; the points add up to a score, and the owner's thresholds (the `risk` settings)
// turn the score into a level. The points are fixed here so that one strong signal (Radar's
// "highest") holds an order alone while two lighter ones together make it elevated.

export const RISK_POINTS = {
  radar_highest: 70,
  radar_elevated: 40,
  card_country: 30,
  velocity_card: 40,
  velocity_email: 25,
  velocity_ip: 25,
  first_order_large: 25,
  disposable_email: 25,
  open_unpaid_email: 25,
  open_unpaid_ip: 25,
} as const;

export type RiskCode = keyof typeof RISK_POINTS;

/** The codes that come from the card payment's outcome, replaced whenever Stripe reports it. */
export const CARD_CODES: readonly RiskCode[] = ["radar_highest", "radar_elevated", "card_country", "velocity_card"];

const reason = (code: RiskCode, text: string): RiskReason => ({ code, points: RISK_POINTS[code], text });

export function riskLevelFor(score: number, settings: Pick<RiskSettings, "elevatedScore" | "highScore">): RiskLevel {
  if (score >= settings.highScore) return "high";
  if (score >= settings.elevatedScore) return "elevated";
  return "normal";
}

export type RiskVerdict = { level: RiskLevel; score: number; reasons: RiskReason[] };

/** The strongest reasons first, so the list and the order page lead with what matters. */
export function scoreRisk(reasons: readonly (RiskReason | null)[], settings: RiskSettings): RiskVerdict {
  const kept = reasons.filter((r): r is RiskReason => r !== null).sort((a, b) => b.points - a.points);
  const score = kept.reduce((sum, r) => sum + r.points, 0);
  return { level: riskLevelFor(score, settings), score, reasons: kept };
}

/** Stripe Radar's verdict on the charge (`outcome.risk_level`, `outcome.risk_score`). */
export function radarReason(outcome: { riskLevel: string | null; riskScore: number | null }): RiskReason | null {
  const score = outcome.riskScore === null ? "" : ` (score ${outcome.riskScore} of 100)`;
  if (outcome.riskLevel === "highest")
    return reason("radar_highest", `Stripe Radar rated the card payment highest risk${score}.`);
  if (outcome.riskLevel === "elevated")
    return reason("radar_elevated", `Stripe Radar rated the card payment elevated risk${score}.`);
  return null;
}

export function cardCountryReason(cardCountry: string | null, shipsTo: string): RiskReason | null {
  if (!cardCountry || cardCountry.toUpperCase() === shipsTo.toUpperCase()) return null;
  return reason(
    "card_country",
    `The card was issued in ${cardCountry.toUpperCase()}, but the order ships to ${shipsTo.toUpperCase()}.`,
  );
}

type Velocity = { count: number; max: number; hours: number };

const within = (hours: number) => (hours === 1 ? "the last hour" : `the last ${hours} hours`);

/** `count` includes this order; more than `max` in the window counts against it. */
export function velocityReason(code: "velocity_email" | "velocity_ip" | "velocity_card", v: Velocity) {
  if (v.count <= v.max) return null;
  const from = {
    velocity_email: "with this email",
    velocity_ip: "from this IP address",
    velocity_card: "with this card",
  };
  return reason(code, `${v.count} orders ${from[code]} in ${within(v.hours)} (more than ${v.max}).`);
}

/** A first order from an email for many times what the store's orders usually come to. */
export function firstOrderReason(input: {
  firstOrder: boolean;
  total: number;
  average: number | null;
  currency: string;
  factor: number;
}): RiskReason | null {
  const { average } = input;
  if (!input.firstOrder || average === null || average <= 0 || input.total <= average * input.factor) return null;
  const m = (amount: number) => formatMoney({ amount: Math.round(amount), currency: input.currency });
  const times = Math.floor((input.total / average) * 10) / 10;
  return reason(
    "first_order_large",
    `First order from this email, ${m(input.total)}, is ${times}× the store's average order of ${m(average)}.`,
  );
}

export function disposableEmailReason(domain: string | null): RiskReason | null {
  return domain ? reason("disposable_email", `The email address is at a throwaway email service (${domain}).`) : null;
}

/** Open unpaid bank transfer and cash-on-delivery orders: the checkout refuses past its cap, this flags before it. */
export function openUnpaidReason(code: "open_unpaid_email" | "open_unpaid_ip", count: number, flagAt: number) {
  if (count < flagAt) return null;
  const from = code === "open_unpaid_email" ? "with this email" : "from this IP address";
  return reason(code, `${count} bank transfer or cash-on-delivery orders ${from} are waiting for payment.`);
}
