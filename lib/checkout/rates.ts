import { money, type Money } from "@/lib/money";

// Shipping and tax rates, in code so they are reviewed like code. The cart shows an
// estimate from these before an address is known; checkout (issue: checkout) applies the
// same table to the real address. Amounts are minor units of the store currency.

export type ShippingMethod = "standard" | "express";

type ShippingRate = { standard: number; express: number; freeStandardFrom: number | null };
type TaxRate = { basisPoints: number; regions?: Record<string, number> };

export const DEFAULT_COUNTRY = "US";

export const shippingRates: Record<string, ShippingRate> = {
  US: { standard: 599, express: 1999, freeStandardFrom: 7500 },
  CA: { standard: 1299, express: 2999, freeStandardFrom: 15000 },
  GB: { standard: 1499, express: 3499, freeStandardFrom: 20000 },
  DE: { standard: 1499, express: 3499, freeStandardFrom: 20000 },
  // Everywhere else we ship to.
  "*": { standard: 2499, express: 4999, freeStandardFrom: null },
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
  const code = country.toUpperCase();
  const ship = shippingRates[code] ?? shippingRates["*"]!;
  const taxRate = taxRates[code] ?? taxRates["*"]!;

  const free = method === "standard" && ship.freeStandardFrom !== null && subtotal.amount >= ship.freeStandardFrom;
  // Nothing to ship, nothing to charge for shipping.
  const shipping = subtotal.amount === 0 || free ? 0 : ship[method];
  const regionRate = region ? taxRate.regions?.[region.toUpperCase()] : undefined;
  const basisPoints = regionRate ?? taxRate.basisPoints;

  return {
    method,
    shipping: money(shipping, currency),
    tax: money(applyBasisPoints(subtotal.amount, basisPoints), currency),
    freeShippingFrom: ship.freeStandardFrom === null ? null : money(ship.freeStandardFrom, currency),
    untilFreeShipping:
      ship.freeStandardFrom === null ? null : money(Math.max(0, ship.freeStandardFrom - subtotal.amount), currency),
  };
}
