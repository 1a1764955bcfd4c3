import { describe, expect, it } from "vitest";
import type { VariantDetail } from "./types";
import { optionGroups, resolveVariant, stockLabel, stockLevel, variantForOption } from "./variant-selection";

const usd = (amount: number) => ({ amount, currency: "USD" });

function variant(id: number, options: Record<string, string>, stock = 10, title = `V${id}`): VariantDetail {
  return { id, sku: `SKU-${id}`, title, options, price: usd(1000 + id), compareAt: null, stock };
}

const shirts = [
  variant(1, { Size: "S", Colour: "Black" }, 0),
  variant(2, { Size: "M", Colour: "Black" }),
  variant(3, { Size: "S", Colour: "White" }),
  variant(4, { Size: "L", Colour: "White" }, 2),
];

describe("stock labels", () => {
  it("names the three levels", () => {
    expect(stockLabel(0)).toBe("Out of stock");
    expect(stockLabel(3)).toBe("Only 3 left");
    expect(stockLabel(5)).toBe("Only 5 left");
    expect(stockLabel(6)).toBe("In stock");
    expect(stockLevel(-1)).toBe("out");
  });
});

describe("resolveVariant", () => {
  it("finds a variant by id or by SKU", () => {
    expect(resolveVariant(shirts, "3")?.id).toBe(3);
    expect(resolveVariant(shirts, "SKU-4")?.id).toBe(4);
    expect(resolveVariant(shirts, "sku-4")?.id).toBe(4);
  });

  it("falls back to the first variant in stock", () => {
    expect(resolveVariant(shirts, undefined)?.id).toBe(2);
    expect(resolveVariant(shirts, "999")?.id).toBe(2);
    expect(resolveVariant(shirts, "nope")?.id).toBe(2);
    expect(resolveVariant([variant(7, {}, 0)], undefined)?.id).toBe(7);
    expect(resolveVariant([], "1")).toBeUndefined();
  });
});

describe("optionGroups", () => {
  it("lists dimensions and values in first-appearance order", () => {
    expect(optionGroups(shirts)).toEqual([
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Colour", values: ["Black", "White"] },
    ]);
  });

  it("uses titles when variants have no options, and nothing for a single variant", () => {
    expect(optionGroups([variant(1, {}, 1, "Small"), variant(2, {}, 1, "Large")])).toEqual([
      { name: "Option", values: ["Small", "Large"] },
    ]);
    expect(optionGroups([variant(1, { Size: "S" })])).toEqual([]);
  });
});

describe("variantForOption", () => {
  it("keeps the other options when that combination exists", () => {
    expect(variantForOption(shirts, shirts[0]!, "Colour", "White")?.id).toBe(3);
  });

  it("falls back to a variant in stock with the picked value", () => {
    // No "L / Black": pick an L.
    expect(variantForOption(shirts, shirts[1]!, "Size", "L")?.id).toBe(4);
    // Black: S is sold out, M is in stock.
    expect(variantForOption(shirts, shirts[3]!, "Colour", "Black")?.id).toBe(2);
  });
});
