import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { applyBasisPoints } from "./basis-points";
import { estimateShippingAndTax } from "./estimate";

const usd = (amount: number) => money(amount, "USD");

describe("estimateShippingAndTax", () => {
  it("defaults to US standard shipping and the US estimate rate", () => {
    expect(estimateShippingAndTax({ subtotal: usd(5000) })).toEqual({
      method: "standard",
      shipping: usd(599),
      tax: usd(350),
      freeShippingFrom: usd(7500),
      untilFreeShipping: usd(2500),
    });
  });

  it("ships standard free from the threshold, but never express", () => {
    expect(estimateShippingAndTax({ subtotal: usd(7500) }).shipping).toEqual(usd(0));
    expect(estimateShippingAndTax({ subtotal: usd(7499) }).shipping).toEqual(usd(599));
    expect(estimateShippingAndTax({ subtotal: usd(7500) }).untilFreeShipping).toEqual(usd(0));
    expect(estimateShippingAndTax({ subtotal: usd(9000), method: "express" }).shipping).toEqual(usd(1999));
  });

  it("charges nothing for an empty cart", () => {
    const estimate = estimateShippingAndTax({ subtotal: usd(0) });
    expect([estimate.shipping, estimate.tax]).toEqual([usd(0), usd(0)]);
  });

  it("uses a region's rate over its country's, including a zero rate", () => {
    expect(estimateShippingAndTax({ subtotal: usd(10000), country: "US", region: "ny" }).tax).toEqual(usd(400));
    expect(estimateShippingAndTax({ subtotal: usd(10000), country: "US", region: "OR" }).tax).toEqual(usd(0));
    expect(estimateShippingAndTax({ subtotal: usd(10000), country: "US", region: "ZZ" }).tax).toEqual(usd(700));
    expect(estimateShippingAndTax({ subtotal: usd(10000), country: "ca", region: "ON" }).tax).toEqual(usd(1300));
  });

  it("falls back to the rest-of-world rates for other countries", () => {
    const estimate = estimateShippingAndTax({ subtotal: usd(100000), country: "JP" });
    expect(estimate.shipping).toEqual(usd(2499));
    expect(estimate.tax).toEqual(usd(0));
    expect(estimate.freeShippingFrom).toBeNull();
    expect(estimate.untilFreeShipping).toBeNull();
  });

  it("keeps the subtotal's currency", () => {
    expect(estimateShippingAndTax({ subtotal: money(5000, "EUR"), country: "DE" }).tax).toEqual(money(950, "EUR"));
  });
});

describe("applyBasisPoints", () => {
  it("rounds half up in integers", () => {
    expect(applyBasisPoints(1999, 725)).toBe(145); // 144.9275
    expect(applyBasisPoints(200, 725)).toBe(15); // 14.5 → 15
    expect(applyBasisPoints(0, 2000)).toBe(0);
  });
});
