import { money, type Money } from "@/lib/money";
import type { TaxSettings } from "@/lib/settings/client";
import { applyBasisPoints, includedBasisPoints } from "./basis-points";

// Tax from the owner's settings (/admin/settings/tax), pure. A rate for the address's region
// (a US state, a Canadian province) wins over its country's, which wins over a "*" rate; no
// rate is no tax. Prices either include tax (the UK and the EU: the tax is the part of the
// price that is tax) or have it added on top (the US). Shipping is taxed like the goods where
// its zone says so.

export type TaxLine = { label: string; basisPoints: number; amount: number };

export type TaxRate = { label: string; basisPoints: number };

const upper = (value: string | undefined) => (value ?? "").trim().toUpperCase();

export function taxRateFor(settings: TaxSettings, country: string, region?: string): TaxRate | null {
  const [c, r] = [upper(country), upper(region)];
  const found =
    (r ? settings.rates.find((rate) => rate.country === c && rate.region === r) : undefined) ??
    settings.rates.find((rate) => rate.country === c && rate.region === "") ??
    settings.rates.find((rate) => rate.country === "*" && rate.region === "");
  return found ? { label: found.label, basisPoints: found.basisPoints } : null;
}

/** The tax in an amount at a rate: contained in it when prices include tax, else added on top. */
export function taxOn(amount: number, basisPoints: number, pricesIncludeTax: boolean): number {
  return pricesIncludeTax ? includedBasisPoints(amount, basisPoints) : applyBasisPoints(amount, basisPoints);
}

export type TaxQuote = {
  pricesIncludeTax: boolean;
  basisPoints: number;
  /** Tax on the goods (spread over the order's lines). */
  goods: Money;
  /** Tax on shipping; 0 where the zone does not tax it. */
  shipping: Money;
  /** goods + shipping: added to the total unless prices include it. */
  total: Money;
  /** What receipts list, one line per rate; empty when there is no tax. */
  lines: TaxLine[];
};

export function quoteTax(
  settings: TaxSettings,
  input: { country: string; region?: string; goods: Money; shipping: Money; taxShipping: boolean },
): TaxQuote {
  const { currency } = input.goods;
  const rate = taxRateFor(settings, input.country, input.region);
  const basisPoints = rate?.basisPoints ?? 0;
  const inclusive = settings.pricesIncludeTax;
  const goods = taxOn(input.goods.amount, basisPoints, inclusive);
  const shipping = input.taxShipping ? taxOn(input.shipping.amount, basisPoints, inclusive) : 0;
  const total = goods + shipping;
  return {
    pricesIncludeTax: inclusive,
    basisPoints,
    goods: money(goods, currency),
    shipping: money(shipping, currency),
    total: money(total, currency),
    lines: rate && basisPoints > 0 ? [{ label: rate.label, basisPoints, amount: total }] : [],
  };
}
