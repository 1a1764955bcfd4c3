import type { Db } from "@/db";
import { productImages, products, productVariants, type NewProductImage, type NewProductVariant } from "@/db/schema";
import { mediaStorage, type MediaStorage } from "@/lib/storage";
import { colourHex } from "./colours";
import { lockSeed } from "./catalog";
import { seedCategories } from "./data";
import { ensureImages, type ImageJob } from "./images";
import { SEED_CURRENCY } from "./product-rows";
import { IMAGE_SIZE } from "./svg";
import { series, templates, type SyntheticTemplate } from "./synthetic-data";
import { upsertCategories } from "./upsert";

export type SeedSyntheticOptions = {
  onProgress?: (done: number, total: number) => void;
  storage?: MediaStorage;
};

const BATCH = 500;
const SPREAD_MINUTES = 2 * 365 * 24 * 60;

export const syntheticSlug = (n: number) => `synthetic-${String(n).padStart(5, "0")}`;

/**
 * Adds products synthetic-00001 … synthetic-<count>, for load tests and for search and
 * pagination to have volume. Each is derived from its number alone, so a re-run skips what
 * exists and returns how many it added. The pictures come from a small shared pool per
 * category: 10,000 products do not need 20,000 files.
 */
export async function seedSyntheticProducts(
  db: Db,
  count: number,
  options: SeedSyntheticOptions = {},
): Promise<number> {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const pool = poolImages();
  await ensureImages(options.storage ?? mediaStorage, [...pool.values()].flat());
  const categoryIds = await db.transaction(async (tx) => {
    await lockSeed(tx);
    return upsertCategories(tx, seedCategories);
  });

  const now = Date.now();
  let added = 0;
  for (let first = 1; first <= count; first += BATCH) {
    const last = Math.min(count, first + BATCH - 1);
    const batch = Array.from({ length: last - first + 1 }, (_, i) => syntheticProduct(first + i));
    added += await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(products)
        .values(
          batch.map((p) => ({
            slug: p.slug,
            name: p.name,
            brand: p.brand,
            description: p.description,
            specifications: p.specifications,
            status: "active" as const,
            categoryId: categoryIds.get(p.template.category) ?? null,
            createdAt: new Date(now - ((p.n * 7919) % SPREAD_MINUTES) * 60_000),
          })),
        )
        // Only products this batch created get variants and images, in the same
        // transaction, so an interrupted run never leaves a product half made.
        .onConflictDoNothing({ target: products.slug })
        .returning({ id: products.id, slug: products.slug });
      if (inserted.length === 0) return 0;
      const bySlug = new Map(batch.map((p) => [p.slug, p]));
      const made = inserted.map(({ id, slug }) => ({ id, product: bySlug.get(slug)! }));
      await tx
        .insert(productVariants)
        .values(made.flatMap(({ id, product }) => product.variants.map((v) => ({ ...v, productId: id }))))
        .onConflictDoNothing({ target: productVariants.sku });
      await tx.insert(productImages).values(made.flatMap(({ id, product }) => imageRows(pool, id, product)));
      return inserted.length;
    });
    options.onProgress?.(last, count);
  }
  return added;
}

type Pool = Map<string, ImageJob[]>;

/** A front view and a close-up for every colour a category's synthetic products come in. */
function poolImages(): Pool {
  const categoryBySlug = new Map(seedCategories.map((c) => [c.slug, c]));
  const pool: Pool = new Map();
  for (const template of templates) {
    const category = categoryBySlug.get(template.category);
    if (!category) throw new Error(`Synthetic template has unknown category ${template.category}`);
    // Products without a colour option (tents, pans) are pictured in the category's colour.
    const colours = template.axes.Colour ?? template.axes.Finish ?? [""];
    for (const colour of colours) {
      const shown = colour || category.colour;
      const base = `products/synthetic/${template.category}-${shown.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      const spec = { icon: category.icon, colour: colourHex(shown), title: category.name, subtitle: "" };
      pool.set(`${template.category}:${colour}`, [
        { key: `${base}-front.webp`, spec: { ...spec, view: "front" } },
        { key: `${base}-detail.webp`, spec: { ...spec, view: "detail" } },
      ]);
    }
  }
  return pool;
}

function imageRows(pool: Pool, productId: number, product: SyntheticProduct): NewProductImage[] {
  const { template, variants, name } = product;
  const options = variants[0]?.options ?? {};
  const colour = options.Colour ?? options.Finish;
  const shots = pool.get(`${template.category}:${colour ?? ""}`);
  if (!shots) throw new Error(`No pool image for ${template.category} in ${colour}`);
  return shots.map(({ key, spec }, position) => ({
    productId,
    path: key,
    alt: `${name}${colour ? ` in ${colour}` : ""}, ${spec.view} view`,
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
    position,
  }));
}

type SyntheticProduct = ReturnType<typeof syntheticProduct>;

/** mulberry32: tiny, fast and deterministic, so product N is the same on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

export function syntheticProduct(n: number) {
  const rng = random(Math.imul(n, 2654435761));
  const template: SyntheticTemplate = templates[n % templates.length]!;
  const noun = rng.pick(Object.keys(template.kinds));
  const [features, minPrice, maxPrice] = template.kinds[noun]!;
  const feature = rng.pick(features);
  const edition = rng.pick(["", "", "", " II", " III", " Pro", " Lite", " Plus"]);
  const name = `${rng.pick(series)} ${feature} ${noun}${edition}`;
  const brand = rng.pick(template.brands);
  const slug = syntheticSlug(n);
  const specifications = Object.entries(template.specs)
    .filter((_, i) => i < 4 || rng.next() < 0.6)
    .map(([specName, values]) => ({ name: specName, value: rng.pick(values) }));
  const description =
    `${brand} designed the ${name} for ${template.useFor}. ` +
    rng.pick([
      "It is built from carefully chosen materials to last for years of regular use.",
      "Field testers put it through a full season before we signed it off.",
      "Every seam and detail is there for a reason, and nothing is there for show.",
    ]) +
    rng.pick(["", " Backed by our two-year warranty.", " Free repairs for the first year."]);

  // Prices end in .99 and a fifth of products are on sale by roughly a quarter.
  const price = rng.int(minPrice, maxPrice) * 100 - 1;
  const compareAt = rng.next() < 0.2 ? price + Math.round((price * 0.25) / 100) * 100 : null;
  const seen = new Set<string>();
  const variants: Omit<NewProductVariant, "productId">[] = [];
  for (let i = 0, wanted = rng.int(1, 3); i < wanted * 3 && variants.length < wanted; i++) {
    const options = Object.fromEntries(Object.entries(template.axes).map(([axis, values]) => [axis, rng.pick(values)]));
    const title = Object.values(options).join(" / ");
    if (seen.has(title)) continue;
    seen.add(title);
    variants.push({
      sku: `SYN-${String(n).padStart(5, "0")}-${variants.length + 1}`,
      title,
      options,
      priceAmount: price,
      currency: SEED_CURRENCY,
      compareAtAmount: compareAt,
      stock: rng.next() < 0.15 ? 0 : rng.int(1, 40),
      position: variants.length,
    });
  }
  return { n, slug, name, brand, description, specifications, template, variants };
}
