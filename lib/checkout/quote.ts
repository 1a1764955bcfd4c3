import { evaluateDiscount, type DiscountResult, type DiscountRule } from "@/lib/discounts";
import { money, type Money } from "@/lib/money";
import { quoteTax, shippingQuote, shippingZoneFor, type ShippingQuote, type TaxLine } from "@/lib/pricing";
import type { ShippingSettings, TaxSettings } from "@/lib/settings";
import { CARRIER_METHOD, type ChosenRate, rateDelivery, rateLabel } from "@/lib/carriers/client";
import { allocate } from "./allocate";

// The whole price of an order, pure: lines at today's prices (read from the database by the
// caller), the discount, shipping for the method and address, tax for the address, both from
// the owner's settings as the caller read them (uncached). The
// review page and the order transaction both call this, so what the shopper reviews is
// what the order records.
//
// Order of operations: discount on the goods → shipping (free thresholds compare the
// discounted goods, weight tiers the parcel's weight) → tax on the discounted goods (and on
// shipping where the zone taxes it) at the address's rate, contained in the prices or added
// on top as the settings say. The discount and the goods' tax are spread over the lines
// (largest remainder), so line snapshots add up to the order's figures exactly; the tax on
// shipping is in the order's tax and its tax lines, not in any line.

export type QuoteLineInput = {
  variantId: number;
  productId: number | null;
  quantity: number;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPrice: Money;
  /** One unit's weight, for weight-tiered shipping; 0 when unknown. */
  weightGrams?: number;
};

export type QuoteLine = QuoteLineInput & { lineSubtotal: Money; lineDiscount: Money; lineTax: Money };

export type QuoteInput = {
  currency: string;
  lines: readonly QuoteLineInput[];
  country: string;
  region?: string;
  /** A method id of the address's zone (the zone's first method when it has no such id). */
  shippingMethod: string;
  shippingSettings: ShippingSettings;
  taxSettings: TaxSettings;
  /**
   * A carrier's live rate the shopper chose, already checked against this parcel by the caller
   * (lib/carriers, usableRate); it replaces the store's method.
   */
  carrierRate?: ChosenRate | null;
  /** The code as typed, if any, and its rule from the database (null when unknown). */
  discount?: { code: string; rule: DiscountRule | null; customerUses?: number } | null;
  now: Date;
};

export type Quote = {
  currency: string;
  lines: QuoteLine[];
  subtotal: Money;
  discount: Money;
  /** The code applied, or null (none given, or refused: see discountError). */
  discountCode: string | null;
  discountRule: DiscountRule | null;
  discountError: string | null;
  shipping: ShippingQuote;
  taxBasisPoints: number;
  /** All the tax: on the goods, plus on shipping where the zone taxes it. */
  tax: Money;
  /** The tax is contained in the prices (and so not added to the total). */
  pricesIncludeTax: boolean;
  taxLines: TaxLine[];
  total: Money;
};

export function buildQuote(input: QuoteInput): Quote {
  const { currency } = input;
  for (const line of input.lines) {
    if (line.unitPrice.currency !== currency)
      throw new Error(`Line ${line.sku} is priced in ${line.unitPrice.currency}, not ${currency}`);
  }
  const subtotals = input.lines.map((line) => line.unitPrice.amount * line.quantity);
  const subtotal = money(
    subtotals.reduce((a, b) => a + b, 0),
    currency,
  );

  let discountResult: DiscountResult | null = null;
  if (input.discount) {
    discountResult = evaluateDiscount(input.discount.rule, {
      subtotal,
      now: input.now,
      customerUses: input.discount.customerUses,
    });
  }
  const discountAmount = discountResult?.ok ? discountResult.amount : 0;
  const goods = money(subtotal.amount - discountAmount, currency);

  const address = { country: input.country, region: input.region };
  const weightGrams = input.lines.reduce((sum, line) => sum + (line.weightGrams ?? 0) * line.quantity, 0);
  const shipping = input.carrierRate
    ? carrierQuote(input.carrierRate)
    : shippingQuote(input.shippingSettings, input.shippingMethod, { ...address, goods, weightGrams });
  const tax = quoteTax(input.taxSettings, {
    ...address,
    goods,
    shipping: shipping.price,
    taxShipping: shippingZoneFor(input.shippingSettings, input.country, input.region).taxShipping,
  });

  const lineDiscounts = allocate(discountAmount, subtotals);
  const lineTaxes = allocate(
    tax.goods.amount,
    subtotals.map((s, i) => s - lineDiscounts[i]!),
  );

  return {
    currency,
    lines: input.lines.map((line, i) => ({
      ...line,
      lineSubtotal: money(subtotals[i]!, currency),
      lineDiscount: money(lineDiscounts[i]!, currency),
      lineTax: money(lineTaxes[i]!, currency),
    })),
    subtotal,
    discount: money(discountAmount, currency),
    discountCode: discountResult?.ok ? (input.discount?.rule?.code ?? null) : null,
    discountRule: discountResult?.ok ? (input.discount?.rule ?? null) : null,
    discountError: discountResult && !discountResult.ok ? discountResult.message : null,
    shipping,
    taxBasisPoints: tax.basisPoints,
    tax: tax.total,
    pricesIncludeTax: tax.pricesIncludeTax,
    taxLines: tax.lines,
    total: money(goods.amount + shipping.price.amount + (tax.pricesIncludeTax ? 0 : tax.total.amount), currency),
  };
}

/** A live rate as the order's shipping: the carrier's price, never free (thresholds are the store's methods'). */
function carrierQuote(rate: ChosenRate): ShippingQuote {
  return {
    method: CARRIER_METHOD,
    label: rateLabel(rate),
    delivery: rateDelivery(rate.deliveryDays),
    price: money(rate.amount, rate.currency),
    free: false,
    freeFrom: null,
    carrierRate: { shipmentId: rate.shipmentId, rateId: rate.rateId },
  };
}
