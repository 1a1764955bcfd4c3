// Shipping, tax and basis-point rounding from the owner's settings: the pure maths cart,
// checkout, discounts and the checkout form (in the browser) share.
export { applyBasisPoints } from "./basis-points";
export { estimateShippingAndTax } from "./estimate";
export { formatRate, taxLineLabel } from "./labels";
export { shippingMethodIds, shippingOptions, shippingQuote, shippingZoneFor } from "./shipping";
export type { ShippingQuote } from "./shipping";
export { quoteTax } from "./tax";
export type { TaxLine } from "./tax";
