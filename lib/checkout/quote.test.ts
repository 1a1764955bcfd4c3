import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { discountRule } from "@/tests/helpers/discount-rule";
import { shippingDefaults } from "@/lib/settings/sections/shipping";
import { taxDefaults } from "@/lib/settings/sections/tax";
import { buildQuote, type QuoteLineInput } from "./quote";

// The owner's settings as they ship: today's rates.
const settings = { shippingSettings: shippingDefaults, taxSettings: taxDefaults };

const usd = (amount: number) => money(amount, "USD");
const now = new Date("2026-06-01T12:00:00Z");

const jacket: QuoteLineInput = {
  variantId: 7,
  productId: 1,
  quantity: 2,
  productName: "Rain Jacket",
  variantTitle: "M",
  sku: "J-M",
  unitPrice: usd(12900),
};
const socks: QuoteLineInput = {
  variantId: 3,
  productId: 2,
  quantity: 1,
  productName: "Socks",
  variantTitle: "L",
  sku: "S-L",
  unitPrice: usd(1850),
};

const tenPercent = discountRule();

describe("buildQuote", () => {
  it("prices lines, shipping and tax for the address", () => {
    const quote = buildQuote({
      currency: "USD",
      ...settings,
      lines: [socks],
      country: "US",
      region: "NY",
      shippingMethod: "standard",
      now,
    });
    expect(quote.subtotal).toEqual(usd(1850));
    expect(quote.shipping.price).toEqual(usd(599));
    expect(quote.taxBasisPoints).toBe(400);
    expect(quote.tax).toEqual(usd(74));
    expect(quote.total).toEqual(usd(1850 + 599 + 74));
    expect(quote.lines[0]).toMatchObject({ lineSubtotal: usd(1850), lineDiscount: usd(0), lineTax: usd(74) });
  });

  it("applies the discount before shipping thresholds and tax, and spreads it over the lines", () => {
    const quote = buildQuote({
      currency: "USD",
      ...settings,
      lines: [jacket, socks],
      country: "GB",
      shippingMethod: "standard",
      discount: { code: "save10", rule: tenPercent },
      now,
    });
    expect(quote.subtotal).toEqual(usd(27650));
    expect(quote.discount).toEqual(usd(2765));
    expect(quote.discountCode).toBe("SAVE10");
    expect(quote.shipping.price).toEqual(usd(0)); // 24 885 of goods ≥ the 200.00 GB threshold
    expect(quote.tax).toEqual(usd(4977)); // 20% of 24 885
    expect(quote.total).toEqual(usd(24885 + 4977));
    const sum = (key: "lineDiscount" | "lineTax") => quote.lines.reduce((a, l) => a + l[key].amount, 0);
    expect(sum("lineDiscount")).toBe(2765);
    expect(sum("lineTax")).toBe(4977);
  });

  it("loses free shipping when the discount takes the goods under the threshold", () => {
    const line = { ...socks, quantity: 4, unitPrice: usd(2000) }; // 80.00, free over 75.00
    const plain = buildQuote({
      ...settings,
      currency: "USD",
      lines: [line],
      country: "US",
      shippingMethod: "standard",
      now,
    });
    expect(plain.shipping.free).toBe(true);
    const discounted = buildQuote({
      currency: "USD",
      ...settings,
      lines: [line],
      country: "US",
      shippingMethod: "standard",
      discount: { code: "SAVE10", rule: tenPercent },
      now,
    });
    expect(discounted.shipping.price).toEqual(usd(599));
  });

  it("charges express even above the free standard threshold", () => {
    const quote = buildQuote({
      ...settings,
      currency: "USD",
      lines: [jacket],
      country: "US",
      shippingMethod: "express",
      now,
    });
    expect(quote.shipping.price).toEqual(usd(1999));
  });

  it("reports a refused code and charges full price", () => {
    const quote = buildQuote({
      currency: "USD",
      ...settings,
      lines: [socks],
      country: "US",
      shippingMethod: "standard",
      discount: { code: "NOPE", rule: null },
      now,
    });
    expect(quote.discount).toEqual(usd(0));
    expect(quote.discountCode).toBeNull();
    expect(quote.discountError).toBe("This discount code is not valid.");
  });

  it("refuses a line in another currency", () => {
    expect(() =>
      buildQuote({
        currency: "USD",
        ...settings,
        lines: [{ ...socks, unitPrice: money(100, "EUR") }],
        country: "US",
        shippingMethod: "standard",
        now,
      }),
    ).toThrow(/EUR/);
  });
});
