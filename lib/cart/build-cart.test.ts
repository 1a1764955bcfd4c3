import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { shippingDefaults } from "@/lib/settings/sections/shipping";
import { taxDefaults } from "@/lib/settings/sections/tax";
import { buildCart, type PricedVariant } from "./build-cart";

const settings = { shippingSettings: shippingDefaults, taxSettings: taxDefaults };
import type { StoredLine } from "./store/types";

const usd = (amount: number) => money(amount, "USD");

function variant(id: number, overrides: Partial<PricedVariant> = {}): PricedVariant {
  return {
    id,
    title: `Variant ${id}`,
    options: {},
    price: usd(1000),
    stock: 10,
    productName: `Product ${id}`,
    productSlug: `product-${id}`,
    productStatus: "active",
    image: null,
    ...overrides,
  };
}

const line = (variantId: number, quantity: number, seen = usd(1000)): StoredLine => ({
  variantId,
  quantity,
  seenUnitPrice: seen,
  addedAt: new Date(0),
});

function cart(lines: StoredLine[], variants: PricedVariant[]) {
  return buildCart({ ...settings, id: "c", lines, variants: new Map(variants.map((v) => [v.id, v])), currency: "USD" });
}

describe("buildCart", () => {
  it("prices lines from today's variant prices, never the stored ones", () => {
    const view = cart(
      [line(1, 2, usd(1)), line(2, 1, usd(1))],
      [variant(1, { price: usd(2500) }), variant(2, { price: usd(1999) })],
    );
    expect(view.lines.map((l) => l.lineTotal)).toEqual([usd(5000), usd(1999)]);
    expect(view.subtotal).toEqual(usd(6999));
    expect(view.itemCount).toBe(3);
    // US estimate: $5.99 standard shipping under $75, 7% tax on goods.
    expect(view.shipping).toEqual(usd(599));
    expect(view.tax).toEqual(usd(490));
    expect(view.total).toEqual(usd(6999 + 599 + 490));
    expect(view.untilFreeShipping).toEqual(usd(501));
  });

  it("flags a price change since the line was added", () => {
    const view = cart([line(1, 1, usd(900)), line(2, 1, usd(1000))], [variant(1), variant(2)]);
    expect(view.lines[0]?.priceChangedFrom).toEqual(usd(900));
    expect(view.lines[1]?.priceChangedFrom).toBeNull();
    expect(view.hasIssues).toBe(false);
  });

  it("keeps unavailable lines visible but out of the totals", () => {
    const view = cart(
      [line(1, 1), line(2, 1), line(3, 2), line(4, 1), line(5, 1)],
      [
        variant(1),
        variant(2, { productStatus: "archived" }),
        variant(3, { stock: 0 }),
        variant(5, { price: money(1000, "EUR") }),
      ],
    );
    const [ok, archived, soldOut, deleted, foreign] = view.lines;
    expect(ok?.lineTotal).toEqual(usd(1000));
    expect(archived).toMatchObject({ unavailable: true, lineTotal: null, unitPrice: null, productSlug: null });
    expect(soldOut).toMatchObject({ unavailable: false, outOfStock: true, lineTotal: null });
    expect(deleted).toMatchObject({ unavailable: true, productName: "An item no longer sold", lineTotal: null });
    expect(foreign).toMatchObject({ unavailable: true, lineTotal: null });
    expect(view.subtotal).toEqual(usd(1000));
    expect(view.hasIssues).toBe(true);
  });

  it("says when a line holds more than is in stock", () => {
    const view = cart([line(1, 5)], [variant(1, { stock: 2 })]);
    expect(view.lines[0]).toMatchObject({ exceedsStock: true, stock: 2, lineTotal: usd(5000) });
    expect(view.hasIssues).toBe(true);
  });

  it("is all zeros when empty", () => {
    const view = buildCart({ ...settings, id: null, lines: [], variants: new Map(), currency: "USD" });
    expect([view.subtotal, view.shipping, view.tax, view.total]).toEqual([usd(0), usd(0), usd(0), usd(0)]);
    expect(view.untilFreeShipping).toBeNull();
  });
});
