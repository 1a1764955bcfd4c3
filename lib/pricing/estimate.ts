import { money, type Money } from "@/lib/money";
import { applyBasisPoints } from "./basis-points";
import { type ShippingMethod, shippingQuote, shippingZone } from "./shipping";
import { taxBasisPoints } from "./tax";

// The cart's shipping and tax line before the shopper has given an address, from the same
// tables checkout applies to the real one.

export const DEFAULT_COUNTRY = "US";

export type ShippingAndTaxEstimate = {
  method: ShippingMethod;
  shipping: Money;
  tax: Money;
  /** What the subtotal must reach for free standard shipping; null when never free. */
  freeShippingFrom: Money | null;
  /** How much more to spend for free standard shipping; 0 once reached, null when never free. */
  untilFreeShipping: Money | null;
};

/** The cart page's estimate, before the shopper has given an address. */
export function estimateShippingAndTax({
  subtotal,
  country = DEFAULT_COUNTRY,
  region,
  method = "standard",
}: {
  subtotal: Money;
  country?: string;
  region?: string;
  method?: ShippingMethod;
}): ShippingAndTaxEstimate {
  const { currency } = subtotal;
  const freeFrom = shippingZone(country).standard.freeFrom;
  return {
    method,
    shipping: shippingQuote(method, country, subtotal).price,
    tax: money(applyBasisPoints(subtotal.amount, taxBasisPoints(country, region)), currency),
    freeShippingFrom: freeFrom === null ? null : money(freeFrom, currency),
    untilFreeShipping: freeFrom === null ? null : money(Math.max(0, freeFrom - subtotal.amount), currency),
  };
}
