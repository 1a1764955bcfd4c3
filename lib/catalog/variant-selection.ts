import type { VariantDetail } from "./types";

// Pure helpers shared by the product page (server) and the variant picker (client), so the
// no-JavaScript page and the enhanced picker always agree on which variant a URL means.

export const LOW_STOCK_THRESHOLD = 5;

export type StockLevel = "in" | "low" | "out";

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return "out";
  return stock <= LOW_STOCK_THRESHOLD ? "low" : "in";
}

export function stockLabel(stock: number): string {
  const level = stockLevel(stock);
  if (level === "out") return "Out of stock";
  return level === "low" ? `Only ${stock} left` : "In stock";
}

/**
 * The variant a `?variant=` value names, by id or by SKU. Without a match: the first variant
 * in stock, else the first one, so a stale or hand-edited link still shows a sensible page.
 */
export function resolveVariant<V extends Pick<VariantDetail, "id" | "sku" | "stock">>(
  variants: readonly V[],
  param: string | undefined,
): V | undefined {
  const wanted = param?.trim();
  if (wanted) {
    const match = /^\d+$/.test(wanted)
      ? variants.find((v) => String(v.id) === wanted)
      : variants.find((v) => v.sku.toLowerCase() === wanted.toLowerCase());
    if (match) return match;
  }
  return variants.find((v) => v.stock > 0) ?? variants[0];
}

export type OptionGroup = { name: string; values: string[] };

/**
 * The option dimensions (e.g. Size, Colour) in the order they first appear, each with its
 * values in first-appearance order. Variants without options become one "Option" group
 * keyed by their titles, so any multi-variant product can still be picked from.
 */
export function optionGroups(variants: readonly VariantDetail[]): OptionGroup[] {
  if (variants.length < 2) return [];
  const groups = new Map<string, string[]>();
  for (const variant of variants) {
    for (const [name, value] of Object.entries(optionsOf(variant))) {
      const values = groups.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      groups.set(name, values);
    }
  }
  return [...groups].map(([name, values]) => ({ name, values }));
}

const FALLBACK_OPTION = "Option";

/** A variant's options, or its title under FALLBACK_OPTION when it has none. */
export function optionsOf(variant: VariantDetail): Record<string, string> {
  return Object.keys(variant.options).length > 0 ? variant.options : { [FALLBACK_OPTION]: variant.title };
}

/**
 * The variant to switch to when the shopper picks `value` for option `name` while `current`
 * is selected: the one that keeps every other option, else the first (preferably in stock)
 * that has the picked value.
 */
export function variantForOption(
  variants: readonly VariantDetail[],
  current: VariantDetail,
  name: string,
  value: string,
): VariantDetail | undefined {
  const wanted = { ...optionsOf(current), [name]: value };
  const exact = variants.find((v) => {
    const options = optionsOf(v);
    return Object.entries(wanted).every(([key, val]) => options[key] === val);
  });
  if (exact) return exact;
  const withValue = variants.filter((v) => optionsOf(v)[name] === value);
  return withValue.find((v) => v.stock > 0) ?? withValue[0];
}
