import { money, type Money } from "@/lib/money";
import type { ShippingSettings, TaxSettings } from "@/lib/settings/client";
import { methodQuote, shippingZoneFor } from "./shipping";
import { quoteTax, type TaxLine } from "./tax";

// The cart's shipping and tax line before the shopper has given an address, from the same
// settings checkout applies to the real one.

export const DEFAULT_COUNTRY = "US";

export type ShippingAndTaxEstimate = {
  /** The zone's first method (its default, "standard" out of the box). */
  method: string;
  shipping: Money;
  tax: Money;
  /** The tax is part of the prices (shown as "incl."), not added to the total. */
  pricesIncludeTax: boolean;
  taxLines: TaxLine[];
  total: Money;
  /** What the goods must reach for free shipping by that method; null when never free. */
  freeShippingFrom: Money | null;
  /** How much more to spend for free shipping; 0 once reached, null when never free. */
  untilFreeShipping: Money | null;
};

/** The cart page's estimate, before the shopper has given an address. */
export function estimateShippingAndTax({
  shippingSettings,
  taxSettings,
  subtotal,
  weightGrams = 0,
  country = DEFAULT_COUNTRY,
  region,
}: {
  shippingSettings: ShippingSettings;
  taxSettings: TaxSettings;
  subtotal: Money;
  weightGrams?: number;
  country?: string;
  region?: string;
}): ShippingAndTaxEstimate {
  const { currency } = subtotal;
  const parcel = { country, region, goods: subtotal, weightGrams };
  const zone = shippingZoneFor(shippingSettings, country, region);
  const chosen = methodQuote(zone.methods[0]!, parcel);
  const tax = quoteTax(taxSettings, {
    country,
    region,
    goods: subtotal,
    shipping: chosen.price,
    taxShipping: zone.taxShipping,
  });
  const freeFrom = chosen.freeFrom;
  return {
    method: chosen.method,
    shipping: chosen.price,
    tax: tax.total,
    pricesIncludeTax: tax.pricesIncludeTax,
    taxLines: tax.lines,
    total: money(subtotal.amount + chosen.price.amount + (tax.pricesIncludeTax ? 0 : tax.total.amount), currency),
    freeShippingFrom: freeFrom,
    untilFreeShipping: freeFrom === null ? null : money(Math.max(0, freeFrom.amount - subtotal.amount), currency),
  };
}
