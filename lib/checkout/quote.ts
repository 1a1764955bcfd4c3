import { evaluateDiscount, type DiscountResult, type DiscountRule } from "@/lib/discounts";
import { money, type Money } from "@/lib/money";
import {
  applyBasisPoints,
  shippingQuote,
  taxBasisPoints,
  type ShippingMethod,
  type ShippingQuote,
} from "@/lib/pricing";
import { allocate } from "./allocate";

// The whole price of an order, pure: lines at today's prices (read from the database by the
// caller), the discount, shipping for the method and country, tax for the address. The
// review page and the order transaction both call this, so what the shopper reviews is
// what the order records.
//
// Order of operations: discount on the goods → shipping (free thresholds compare the
// discounted goods) → tax on the discounted goods at the address's rate. The discount and
// the tax are spread over the lines (largest remainder), so line snapshots add up to the
// order's totals exactly.

export type QuoteLineInput = {
  variantId: number;
  productId: number | null;
  quantity: number;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPrice: Money;
};

export type QuoteLine = QuoteLineInput & { lineSubtotal: Money; lineDiscount: Money; lineTax: Money };

export type QuoteInput = {
  currency: string;
  lines: readonly QuoteLineInput[];
  country: string;
  region?: string;
  shippingMethod: ShippingMethod;
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
  tax: Money;
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

  const shipping = shippingQuote(input.shippingMethod, input.country, goods);
  const basisPoints = taxBasisPoints(input.country, input.region);
  const taxAmount = applyBasisPoints(goods.amount, basisPoints);

  const lineDiscounts = allocate(discountAmount, subtotals);
  const lineTaxes = allocate(
    taxAmount,
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
    taxBasisPoints: basisPoints,
    tax: money(taxAmount, currency),
    total: money(goods.amount + shipping.price.amount + taxAmount, currency),
  };
}
