import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import type { ShippingSettings } from "@/lib/settings/client";
import { shippingDefaults } from "@/lib/settings/sections/shipping";
import { taxDefaults } from "@/lib/settings/sections/tax";
import { applyBasisPoints, includedBasisPoints } from "./basis-points";
import { estimateShippingAndTax } from "./estimate";
import { taxLineLabel } from "./labels";
import { shippingOptions, shippingQuote, shippingZoneFor } from "./shipping";
import { quoteTax } from "./tax";

const usd = (amount: number) => money(amount, "USD");
const settings = { shippingSettings: shippingDefaults, taxSettings: taxDefaults };
const estimate = (input: Omit<Parameters<typeof estimateShippingAndTax>[0], keyof typeof settings>) =>
  estimateShippingAndTax({ ...settings, ...input });

describe("estimateShippingAndTax with the default settings (today's rates)", () => {
  it("defaults to US standard shipping and the US estimate rate", () => {
    expect(estimate({ subtotal: usd(5000) })).toEqual({
      method: "standard",
      shipping: usd(599),
      tax: usd(350),
      pricesIncludeTax: false,
      taxLines: [{ label: "Sales tax", basisPoints: 700, amount: 350 }],
      total: usd(5000 + 599 + 350),
      freeShippingFrom: usd(7500),
      untilFreeShipping: usd(2500),
    });
  });

  it("ships standard free from the threshold", () => {
    expect(estimate({ subtotal: usd(7500) }).shipping).toEqual(usd(0));
    expect(estimate({ subtotal: usd(7499) }).shipping).toEqual(usd(599));
    expect(estimate({ subtotal: usd(7500) }).untilFreeShipping).toEqual(usd(0));
  });

  it("charges nothing for an empty cart", () => {
    const e = estimate({ subtotal: usd(0) });
    expect([e.shipping, e.tax]).toEqual([usd(0), usd(0)]);
  });

  it("uses a region's rate over its country's, including a zero rate", () => {
    expect(estimate({ subtotal: usd(10000), country: "US", region: "ny" }).tax).toEqual(usd(400));
    expect(estimate({ subtotal: usd(10000), country: "US", region: "OR" }).tax).toEqual(usd(0));
    expect(estimate({ subtotal: usd(10000), country: "US", region: "ZZ" }).tax).toEqual(usd(700));
    expect(estimate({ subtotal: usd(10000), country: "ca", region: "ON" }).tax).toEqual(usd(1300));
  });

  it("falls back to the rest-of-world zone, without tax, for other countries", () => {
    const e = estimate({ subtotal: usd(100000), country: "JP" });
    expect(e.shipping).toEqual(usd(2499));
    expect(e.tax).toEqual(usd(0));
    expect(e.taxLines).toEqual([]);
    expect(e.freeShippingFrom).toBeNull();
    expect(e.untilFreeShipping).toBeNull();
  });

  it("taxes shipping to Germany, whose zone says so", () => {
    // 50.00 of goods + 14.99 shipping, both at 19%.
    expect(estimate({ subtotal: money(5000, "EUR"), country: "DE" }).tax).toEqual(money(950 + 285, "EUR"));
  });
});

describe("shipping zones", () => {
  const zones: ShippingSettings = {
    zones: [
      ...shippingDefaults.zones,
      {
        id: "hawaii",
        name: "Hawaii",
        countries: [{ code: "US", regions: ["HI"] }],
        taxShipping: false,
        methods: [
          {
            id: "standard",
            name: "Island",
            price: 1500,
            delivery: "1–2 weeks",
            freeOver: null,
            weightTiers: [
              { upToGrams: 1000, price: 900 },
              { upToGrams: 5000, price: 1900 },
            ],
          },
        ],
      },
    ],
  };

  it("finds the zone of a region before its country's, and the rest of the world last", () => {
    expect(shippingZoneFor(zones, "US", "hi").id).toBe("hawaii");
    expect(shippingZoneFor(zones, "US", "NY").id).toBe("us");
    expect(shippingZoneFor(zones, "JP").id).toBe("world");
  });

  it("charges weight tiers by the parcel's weight, the heaviest tier beyond the last", () => {
    const at = (weightGrams: number) =>
      shippingQuote(zones, "standard", { country: "US", region: "HI", goods: usd(1000), weightGrams }).price;
    expect(at(1000)).toEqual(usd(900));
    expect(at(1001)).toEqual(usd(1900));
    expect(at(9000)).toEqual(usd(1900));
  });

  it("lists a zone's methods cheapest first, and falls back to its first for an unknown id", () => {
    expect(shippingOptions(zones, { country: "US", goods: usd(1000) }).map((o) => o.method)).toEqual([
      "standard",
      "express",
    ]);
    expect(shippingQuote(zones, "express", { country: "US", region: "HI", goods: usd(1000) }).label).toBe("Island");
  });
});

describe("tax", () => {
  it("finds the tax contained in tax-inclusive prices, and names it as the law wants", () => {
    const tax = quoteTax(
      { ...taxDefaults, pricesIncludeTax: true },
      { country: "GB", goods: money(1000, "GBP"), shipping: money(1000, "GBP"), taxShipping: true },
    );
    expect(tax.total).toEqual(money(167 + 167, "GBP"));
    expect(taxLineLabel(tax.lines[0]!, true)).toBe("incl. VAT 20%");
    expect(taxLineLabel({ label: "Sales tax", basisPoints: 725 }, false)).toBe("Sales tax (7.25%)");
  });
});

describe("basis points", () => {
  it("rounds half up in integers", () => {
    expect(applyBasisPoints(1999, 725)).toBe(145); // 144.9275
    expect(applyBasisPoints(200, 725)).toBe(15); // 14.5 → 15
    expect(applyBasisPoints(0, 2000)).toBe(0);
  });

  it("rounds the contained tax half up too", () => {
    expect(includedBasisPoints(2000, 2000)).toBe(333); // 333.33
    expect(includedBasisPoints(1000, 2000)).toBe(167); // 166.67
    expect(includedBasisPoints(1190, 1900)).toBe(190);
    expect(includedBasisPoints(0, 2000)).toBe(0);
  });
});
