import { eq, inArray, sql } from "drizzle-orm";
// From the client module, not "@/db": importing the seed must not open a database by itself.
import { selectRows, type Db, type Tx } from "@/db/client";
import { productImages, products, productVariants, type NewProductImage } from "@/db/schema";
import { mediaStorage, type MediaStorage } from "@/lib/storage";
import { seedCategories, seedProducts } from "./data";
import { ensureImages } from "./images";
import { seedSettings } from "./settings";
import { imagePlan, productRow, variantRows, type PlannedImage } from "./product-rows";
import { updateIfChanged, upsertCategories } from "./upsert";

export type SeedCatalogOptions = {
  log?: (line: string) => void;
  /** Where product images go; the app's media storage unless a test passes its own. */
  storage?: MediaStorage;
};

export type SeedCatalogResult = { categories: number; products: number; variants: number; images: number };

// Two processes seeding one database at once (two dev servers on a fresh Postgres) queue
// behind this lock; product_images has no unique key to make a racing insert harmless.
const SEED_LOCK = 0x5eed_ca7a;

export async function lockSeed(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
}

/**
 * Upserts the demo catalog: categories by slug, products by slug, variants by SKU, images
 * by (product, position). Running it again changes nothing. Images are rendered before the
 * transaction so the database never points at a file that is not there.
 */
export async function seedCatalog(db: Db, options: SeedCatalogOptions = {}): Promise<SeedCatalogResult> {
  const log = options.log ?? (() => {});
  const storage = options.storage ?? mediaStorage;
  const started = performance.now();
  const categoryBySlug = new Map(seedCategories.map((c) => [c.slug, c]));
  const plans = seedProducts.map((product) => {
    const category = categoryBySlug.get(product.category);
    if (!category) throw new Error(`Seed product ${product.slug} has unknown category ${product.category}`);
    return { product, images: imagePlan(product, category) };
  });

  const images = plans.flatMap((p) => p.images);
  const rendered = await ensureImages(storage, images);
  log(`Product images: ${rendered} rendered, ${images.length - rendered} already stored (${secondsSince(started)} s)`);

  const now = Date.now();
  const result = await db.transaction(async (tx) => {
    await lockSeed(tx);
    const categoryIds = await upsertCategories(tx, seedCategories);
    const productIds = await upsertProducts(
      tx,
      plans.map((p) => p.product),
      categoryIds,
      now,
    );
    const variants = plans.flatMap(({ product }) => variantRows(product, idOf(productIds, product.slug)));
    await tx
      .insert(productVariants)
      .values(variants)
      .onConflictDoUpdate({
        target: productVariants.sku,
        ...updateIfChanged(productVariants, [
          "productId",
          "title",
          "options",
          "priceAmount",
          "currency",
          "compareAtAmount",
          "stock",
          "position",
        ]),
      });
    await upsertImages(
      tx,
      plans.flatMap(({ product, images }) => {
        const productId = idOf(productIds, product.slug);
        return images.map((image) => ({ ...image, productId }));
      }),
    );
    // The owner's settings start as what the store did before they were settings.
    await seedSettings(tx);
    return {
      categories: categoryIds.size,
      products: productIds.size,
      variants: variants.length,
      images: images.length,
    };
  });

  const counts = `${result.categories} categories, ${result.products} products, ${result.variants} variants`;
  log(`Catalog: ${counts}, ${result.images} images (${secondsSince(started)} s)`);
  return result;
}

/** The start-up seed: only a database with no products at all gets the demo catalog. */
export async function seedCatalogIfEmpty(db: Db, options: SeedCatalogOptions = {}): Promise<SeedCatalogResult | null> {
  const [row] = await selectRows<{ present: boolean }>(db, sql`select exists (select 1 from products) as present`);
  if (row?.present) return null;
  options.log?.("Empty catalog: seeding the demo products (one-time)…");
  return seedCatalog(db, options);
}

const secondsSince = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

function idOf(ids: Map<string, number>, slug: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seeded product ${slug} was not saved`);
  return id;
}

async function upsertProducts(
  tx: Tx,
  list: typeof seedProducts,
  categoryIds: Map<string, number>,
  now: number,
): Promise<Map<string, number>> {
  const rows = list.map((product) => productRow(product, idOf(categoryIds, product.category), now));
  // created_at is left out of the update on purpose: a re-seed must not reshuffle "newest".
  await tx
    .insert(products)
    .values(rows)
    .onConflictDoUpdate({
      target: products.slug,
      ...updateIfChanged(products, [
        "name",
        "brand",
        "description",
        "specifications",
        "status",
        "featured",
        "categoryId",
      ]),
    });
  const saved = await tx
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(
      inArray(
        products.slug,
        rows.map((r) => r.slug),
      ),
    );
  return new Map(saved.map((r) => [r.slug, r.id]));
}

/**
 * product_images has no unique key on (product, position), so this matches existing rows
 * itself. Rows at other positions (a photo staff uploaded) are left alone.
 */
async function upsertImages(tx: Tx, wanted: (PlannedImage & { productId: number })[]): Promise<void> {
  const existing = await tx
    .select()
    .from(productImages)
    .where(inArray(productImages.productId, [...new Set(wanted.map((w) => w.productId))]));
  const byPlace = new Map<string, (typeof existing)[number]>();
  for (const row of existing) {
    const place = `${row.productId}:${row.position}`;
    if (!byPlace.has(place)) byPlace.set(place, row);
  }

  const inserts: NewProductImage[] = [];
  for (const { productId, key, alt, width, height, position } of wanted) {
    const row = { productId, path: key, alt, width, height, position };
    const current = byPlace.get(`${productId}:${position}`);
    if (!current) inserts.push(row);
    else if (current.path !== key || current.alt !== alt || current.width !== width || current.height !== height) {
      await tx.update(productImages).set(row).where(eq(productImages.id, current.id));
    }
  }
  if (inserts.length) await tx.insert(productImages).values(inserts);
}
