import type { NewProduct, NewProductVariant } from "@/db/schema";
import { colourHex } from "./colours";
import type { SeedCategory, SeedProduct } from "./data";
import type { ImageJob } from "./images";
import { IMAGE_SIZE } from "./svg";

// The demo catalog is priced in US dollars; amounts in the data are cents.
export const SEED_CURRENCY = "USD";

// Option names whose values are a colour worth showing in the gallery.
const COLOUR_OPTIONS = ["Colour", "Finish"];
const MAX_COLOUR_SHOTS = 3;

export function skuFor(slug: string, options: Record<string, string>): string {
  return [slug, ...Object.values(options)]
    .join("-")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function variantTitle(options: Record<string, string>): string {
  const values = Object.values(options);
  return values.length ? values.join(" / ") : "Default";
}

/** FNV-1a: a stable, well-spread number from a string, for deterministic "randomness". */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const SPREAD_MINUTES = 180 * 24 * 60;

/**
 * Products appear to have been added over the last six months, so "newest" sorting and
 * "new arrivals" show a mix of categories. Only used on insert: a re-seed keeps the date.
 */
export function createdAtFor(slug: string, now: number): Date {
  return new Date(now - (hashString(slug) % SPREAD_MINUTES) * 60_000);
}

export function productRow(product: SeedProduct, categoryId: number, now: number): NewProduct {
  return {
    slug: product.slug,
    name: product.name,
    brand: product.brand,
    description: product.description,
    specifications: product.specs.map(([name, value]) => ({ name, value })),
    status: product.status ?? "active",
    featured: product.featured ?? false,
    categoryId,
    createdAt: createdAtFor(product.slug, now),
  };
}

export function variantRows(product: SeedProduct, productId: number): NewProductVariant[] {
  return product.variants.map((variant, position) => ({
    productId,
    sku: skuFor(product.slug, variant.options),
    title: variantTitle(variant.options),
    options: variant.options,
    priceAmount: variant.price,
    currency: SEED_CURRENCY,
    compareAtAmount: variant.compareAt ?? null,
    stock: variant.stock,
    position,
  }));
}

export type PlannedImage = ImageJob & { alt: string; position: number; width: number; height: number };

/**
 * One front view per colour the product comes in (up to three), then a close-up, so the
 * gallery has at least two pictures and a colour picker has something to switch to.
 */
export function imagePlan(product: SeedProduct, category: SeedCategory): PlannedImage[] {
  const icon = product.icon ?? category.icon;
  const colourNames = [
    ...new Set(
      product.variants.flatMap((v) =>
        Object.entries(v.options)
          .filter(([name]) => COLOUR_OPTIONS.includes(name))
          .map(([, value]) => value),
      ),
    ),
  ].slice(0, MAX_COLOUR_SHOTS);
  const named = colourNames.length > 0;
  const shots = named ? colourNames : [product.colour ?? category.colour];
  const describe = (colour: string, view: string) =>
    named ? `${product.name} in ${colour}, ${view} view` : `${product.name}, ${view} view`;

  const views = [
    ...shots.map((colour) => ({ colour, view: "front" as const })),
    { colour: shots[0] ?? category.colour, view: "detail" as const },
  ];
  return views.map(({ colour, view }, position) => ({
    key: `products/${product.slug}-${position + 1}.webp`,
    alt: describe(colour, view),
    position,
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
    spec: { icon, colour: colourHex(colour), title: product.name, subtitle: product.brand, view },
  }));
}
