import { money, type Money } from "@/lib/money";

// Shipping rate tables, in code so they are reviewed like code: a zone per country (and "*"
// for everywhere else we ship to), each with its methods. The cart shows an estimate from
// these before an address is known (./estimate.ts); checkout applies the same tables to the
// real address. Amounts are minor units of the store currency.

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

const standard = (amount: number, freeFrom: number | null, delivery: string): ShippingRate => ({
  amount,
  freeFrom,
  label: "Standard",
  delivery,
});
const express = (amount: number, delivery: string): ShippingRate => ({
  amount,
  freeFrom: null,
  label: "Express",
  delivery,
});

export const shippingZones: Record<string, ShippingZone> = {
  US: { standard: standard(599, 7500, "3–5 business days"), express: express(1999, "1–2 business days") },
  CA: { standard: standard(1299, 15000, "5–8 business days"), express: express(2999, "2–3 business days") },
  GB: { standard: standard(1499, 20000, "5–7 business days"), express: express(3499, "2–3 business days") },
  DE: { standard: standard(1499, 20000, "5–7 business days"), express: express(3499, "2–3 business days") },
  // Everywhere else we ship to.
  "*": { standard: standard(2499, null, "7–14 business days"), express: express(4999, "3–5 business days") },
};

/** A country's shipping methods and their rates (the rest-of-world zone when it has none). */
export function shippingZone(country: string): ShippingZone {
  return shippingZones[country.toUpperCase()] ?? shippingZones["*"]!;
}

export type ShippingQuote = ShippingRate & { method: ShippingMethod; price: Money; free: boolean };

/** One method's price to a country for goods worth `goods` (nothing to ship costs nothing). */
export function shippingQuote(method: ShippingMethod, country: string, goods: Money): ShippingQuote {
  const rate = shippingZone(country)[method];
  const free = rate.freeFrom !== null && goods.amount >= rate.freeFrom;
  const amount = goods.amount === 0 || free ? 0 : rate.amount;
  return { ...rate, method, price: money(amount, goods.currency), free };
}

/** Every method to a country, cheapest first, for the checkout's shipping choice. */
export function shippingOptions(country: string, goods: Money): ShippingQuote[] {
  return SHIPPING_METHODS.map((method) => shippingQuote(method, country, goods)).sort(
    (a, b) => a.price.amount - b.price.amount,
  );
}
