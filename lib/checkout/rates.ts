import { money, type Money } from "@/lib/money";

// Shipping and tax rate tables, in code so they are reviewed like code: a zone per country
// (and "*" for everywhere else we ship to), each with its methods; a tax rate per country
// with optional regions. The cart shows an estimate from these before an address is known;
// checkout applies the same tables to the real address. Amounts are minor units of the
// store currency.

export type ShippingMethod = "standard" | "express";
export const SHIPPING_METHODS: readonly ShippingMethod[] = ["standard", "express"];

export type ShippingRate = {
  amount: number;
  /** Free when the goods (after discount) reach this; null when never free. */
  freeFrom: number | null;
  label: string;
  /** What the shopper is promised, e.g. "3–5 business days". */
  delivery: string;
};

type ShippingZone = Record<ShippingMethod, ShippingRate>;
type TaxRate = { basisPoints: number; regions?: Record<string, number> };

export const DEFAULT_COUNTRY = "US";

const standard = (amount: number, freeFrom: number | null, delivery: string): ShippingRate => ({ amount, freeFrom, label: "Standard", delivery });
const express = (amount: number, delivery: string): ShippingRate => ({ amount, freeFrom: null, label: "Express", delivery });

export const shippingZones: Record<string, ShippingZone> = {
  US: { standard: standard(599, 7500, "3–5 business days"), express: express(1999, "1–2 business days") },
  CA: { standard: standard(1299, 15000, "5–8 business days"), express: express(2999, "2–3 business days") },
  GB: { standard: standard(1499, 20000, "5–7 business days"), express: express(3499, "2–3 business days") },
  DE: { standard: standard(1499, 20000, "5–7 business days"), express: express(3499, "2–3 business days") },
  // Everywhere else we ship to.
  "*": { standard: standard(2499, null, "7–14 business days"), express: express(4999, "3–5 business days") },
};

// Tax on goods only, in basis points (1% = 100). A region (US state, Canadian province)
// overrides its country's rate; without an address the country rate is the estimate.
export const taxRates: Record<string, TaxRate> = {
  US: { basisPoints: 700, regions: { CA: 725, NY: 400, TX: 625, WA: 650, OR: 0, MT: 0, DE: 0, NH: 0 } },
  CA: { basisPoints: 500, regions: { ON: 1300, QC: 1498, BC: 1200, AB: 500 } },
  GB: { basisPoints: 2000 },
  DE: { basisPoints: 1900 },
  "*": { basisPoints: 0 },
};

function zoneFor(country: string): ShippingZone {
  return shippingZones[country.toUpperCase()] ?? shippingZones["*"]!;
}

export type ShippingQuote = ShippingRate & { method: ShippingMethod; price: Money; free: boolean };

/** One method's price to a country for goods worth `goods` (nothing to ship costs nothing). */
export function shippingQuote(method: ShippingMethod, country: string, goods: Money): ShippingQuote {
  const rate = zoneFor(country)[method];
  const free = rate.freeFrom !== null && goods.amount >= rate.freeFrom;
  const amount = goods.amount === 0 || free ? 0 : rate.amount;
  return { ...rate, method, price: money(amount, goods.currency), free };
}

/** Every method to a country, cheapest first, for the checkout's shipping choice. */
export function shippingOptions(country: string, goods: Money): ShippingQuote[] {
  return SHIPPING_METHODS.map((method) => shippingQuote(method, country, goods)).sort((a, b) => a.price.amount - b.price.amount);
}

/** The tax rate on goods for an address, in basis points. */
export function taxBasisPoints(country: string, region?: string): number {
  const rate = taxRates[country.toUpperCase()] ?? taxRates["*"]!;
  const regionRate = region ? rate.regions?.[region.toUpperCase()] : undefined;
  return regionRate ?? rate.basisPoints;
}

export type ShippingAndTaxEstimate = {
  method: ShippingMethod;
  shipping: Money;
  tax: Money;
  /** What the subtotal must reach for free standard shipping; null when never free. */
  freeShippingFrom: Money | null;
  /** How much more to spend for free standard shipping; 0 once reached, null when never free. */
  untilFreeShipping: Money | null;
};

/** Half-up rounding of amount × basisPoints / 10 000 in integers: no floats touch money. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

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
  const freeFrom = zoneFor(country).standard.freeFrom;
  return {
    method,
    shipping: shippingQuote(method, country, subtotal).price,
    tax: money(applyBasisPoints(subtotal.amount, taxBasisPoints(country, region)), currency),
    freeShippingFrom: freeFrom === null ? null : money(freeFrom, currency),
    untilFreeShipping: freeFrom === null ? null : money(Math.max(0, freeFrom - subtotal.amount), currency),
  };
}
