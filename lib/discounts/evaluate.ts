import type { Discount } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { applyBasisPoints } from "@/lib/pricing";
import { formatMoney, type Money } from "@/lib/money";

// Whether a discount code applies to a subtotal, and how much it takes off: pure, so the
// checkout's review and the order transaction apply the very same rules. The limits are
// checked here for the shopper's message; the order transaction enforces them atomically
// (lib/discounts/redeem.ts).

export type DiscountRule = Pick<
  Discount,
  | "id"
  | "code"
  | "kind"
  | "percentBasisPoints"
  | "amountOff"
  | "currency"
  | "minSubtotal"
  | "startsAt"
  | "endsAt"
  | "usageLimit"
  | "usedCount"
  | "perCustomerLimit"
  | "active"
>;

export type DiscountRefusal =
  "not_found" | "not_started" | "expired" | "used_up" | "customer_limit" | "min_subtotal" | "currency";

export type DiscountResult = { ok: true; amount: number } | Refused<{ reason: DiscountRefusal }>;

/** Codes are compared upper-case without spaces: "summer 10" and "SUMMER10" are one code. */
export function normalizeDiscountCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

export const discountMessages = {
  not_found: "This discount code is not valid.",
  not_started: "This discount code is not active yet.",
  expired: "This discount code has expired.",
  used_up: "This discount code has been fully redeemed.",
  customer_limit: "You have already used this discount code.",
  currency: "This discount code cannot be used in this store's currency.",
} as const;

function refuse(reason: DiscountRefusal, message?: string): DiscountResult {
  return { ok: false, reason, message: message ?? discountMessages[reason as keyof typeof discountMessages] };
}

export function evaluateDiscount(
  rule: DiscountRule | null,
  context: { subtotal: Money; now: Date; customerUses?: number },
): DiscountResult {
  const { subtotal, now } = context;
  if (!rule || !rule.active) return refuse("not_found");
  if (rule.startsAt && now < rule.startsAt) return refuse("not_started");
  if (rule.endsAt && now >= rule.endsAt) return refuse("expired");
  if (rule.usageLimit !== null && rule.usedCount >= rule.usageLimit) return refuse("used_up");
  if (rule.perCustomerLimit !== null && (context.customerUses ?? 0) >= rule.perCustomerLimit)
    return refuse("customer_limit");
  if (rule.kind === "fixed" && rule.currency !== subtotal.currency) return refuse("currency");
  if (subtotal.amount < rule.minSubtotal) {
    const minimum = formatMoney({ amount: rule.minSubtotal, currency: subtotal.currency });
    return refuse("min_subtotal", `Spend at least ${minimum} to use this discount code.`);
  }
  const raw =
    rule.kind === "percentage"
      ? applyBasisPoints(subtotal.amount, rule.percentBasisPoints ?? 0)
      : (rule.amountOff ?? 0);
  // A fixed amount larger than the goods makes them free, never the total negative.
  return { ok: true, amount: Math.min(raw, subtotal.amount) };
}

/** "10% off" or "$5.00 off", for the review and the order pages. */
export function describeDiscount(
  rule: Pick<DiscountRule, "kind" | "percentBasisPoints" | "amountOff" | "currency">,
): string {
  if (rule.kind === "percentage") return `${(rule.percentBasisPoints ?? 0) / 100}% off`;
  return `${formatMoney({ amount: rule.amountOff ?? 0, currency: rule.currency ?? "USD" })} off`;
}
