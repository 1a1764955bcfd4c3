import type { IconName } from "../icons";

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  /** Slug of the parent category; parents are listed before their children. */
  parent?: string;
  /** Drawn on the images of products in this category. */
  icon: IconName;
  /** Image colour for products that have no Colour option. */
  colour: string;
};

export type SeedVariant = {
  options: Record<string, string>;
  /** USD cents. */
  price: number;
  compareAt?: number;
  stock: number;
};

export type SeedProduct = {
  slug: string;
  name: string;
  brand: string;
  category: string;
  description: string;
  specs: [name: string, value: string][];
  variants: SeedVariant[];
  status?: "draft" | "archived";
  featured?: boolean;
  /** Overrides the category's icon, e.g. a speaker among headphones. */
  icon?: IconName;
  /** Overrides the category's image colour for products without a Colour option. */
  colour?: string;
};

type Price = number | { price: number; compareAt: number };

function priceOf(price: Price): Pick<SeedVariant, "price" | "compareAt"> {
  return typeof price === "number" ? { price } : price;
}

/**
 * Every combination of the given option values, in order (the first axis varies slowest),
 * with stock taken from `stock` in the same order. The stock list must cover every
 * combination so that a sold-out size is a deliberate choice in the data, not a default.
 */
export function matrix(axes: Record<string, readonly string[]>, price: Price, stock: readonly number[]): SeedVariant[] {
  let combos: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(axes)) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value })));
  }
  if (stock.length !== combos.length) {
    throw new Error(`matrix: ${combos.length} combinations but ${stock.length} stock values`);
  }
  return combos.map((options, i) => ({ options, ...priceOf(price), stock: stock[i] ?? 0 }));
}

/** A product sold in one form only. */
export function single(price: Price, stock: number): SeedVariant[] {
  return [{ options: {}, ...priceOf(price), stock }];
}

/** One variant, for products whose variants differ in price (tent sizes, pan diameters). */
export function variant(options: Record<string, string>, price: Price, stock: number): SeedVariant {
  return { options, ...priceOf(price), stock };
}

export const sale = (price: number, compareAt: number) => ({ price, compareAt });
