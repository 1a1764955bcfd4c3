// Discount codes: evaluating a code against a cart, and redeeming it once per order.
export { describeDiscount, evaluateDiscount, normalizeDiscountCode } from "./evaluate";
export type { DiscountResult, DiscountRule } from "./evaluate";
export { customerKeyFor, customerUses, findDiscountByCode, redeemDiscount, releaseDiscountRedemption } from "./redeem";
