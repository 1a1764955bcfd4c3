import type { DiscountRule } from "@/lib/discounts/evaluate";

/** An active, unlimited "SAVE10" code (10% off any subtotal), with `overrides` applied. */
export function discountRule(overrides: Partial<DiscountRule> = {}): DiscountRule {
  return {
    id: 1,
    code: "SAVE10",
    kind: "percentage",
    percentBasisPoints: 1000,
    amountOff: null,
    currency: null,
    minSubtotal: 0,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    usedCount: 0,
    perCustomerLimit: null,
    active: true,
    ...overrides,
  };
}
