// Shipping, tax and basis-point rounding: the maths cart, checkout and discounts share.
export { applyBasisPoints } from "./basis-points";
export { estimateShippingAndTax } from "./estimate";
export { SHIPPING_METHODS, shippingOptions, shippingQuote } from "./shipping";
export type { ShippingMethod, ShippingQuote } from "./shipping";
export { taxBasisPoints } from "./tax";
