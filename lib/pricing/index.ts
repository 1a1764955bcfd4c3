// Shipping, tax and basis-point rounding from the owner's settings: the pure maths cart,
// checkout, discounts and the checkout form (in the browser) share.
export { applyBasisPoints, includedBasisPoints } from "./basis-points";
export { estimateShippingAndTax } from "./estimate";
export type { ShippingAndTaxEstimate } from "./estimate";
export { formatRate, taxLineLabel } from "./labels";
export {
  methodQuote,
  shippingOptions,
  shippingMethodIds,
  shippingQuote,
  shippingZoneFor,
  weightPrice,
} from "./shipping";
export type { Parcel, ShippingQuote } from "./shipping";
export { quoteTax, taxOn, taxRateFor } from "./tax";
export type { TaxLine, TaxQuote, TaxRate } from "./tax";
