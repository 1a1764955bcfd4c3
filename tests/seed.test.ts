import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { asc, like, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { db, selectRows } from "@/db";
import { categories, productImages, products, productVariants } from "@/db/schema";
import { seedCatalog, seedCatalogIfEmpty, seedSyntheticProducts } from "@/db/seed";
import { parseSeedArgs } from "@/db/seed/cli-args";
import { brands, seedCategories, seedProducts } from "@/db/seed/data";
import { skuFor } from "@/db/seed/product-rows";
import { localDiskStorage } from "@/lib/storage";

const mediaDir = await mkdtemp(path.join(os.tmpdir(), "seed-test-media-"));
const storage = localDiskStorage(mediaDir);
afterAll(() => rm(mediaDir, { recursive: true, force: true }));

const SLOW = 180_000;

describe("seed data", () => {
  const leafSlugs = new Set(
    seedCategories.filter((c) => !seedCategories.some((d) => d.parent === c.slug)).map((c) => c.slug),
  );

  it("is a plausible catalog", () => {
    const active = seedProducts.filter((p) => !p.status);
    expect(active.length).toBeGreaterThanOrEqual(80);
    expect(seedProducts.some((p) => p.status === "draft")).toBe(true);
    expect(seedProducts.some((p) => p.status === "archived")).toBe(true);
    expect(active.filter((p) => p.featured).length).toBeGreaterThanOrEqual(4);
    expect(active.filter((p) => p.variants.every((v) => v.stock === 0)).length).toBeGreaterThanOrEqual(3);
    expect(active.some((p) => p.variants.some((v) => v.compareAt))).toBe(true);
    expect(new Set(seedProducts.map((p) => p.slug)).size).toBe(seedProducts.length);
    expect(new Set(seedProducts.map((p) => p.brand)).size).toBeGreaterThanOrEqual(10);
  });

  it("gives every product what its page needs", () => {
    const knownBrands = new Set<string>(Object.values(brands));
    for (const p of seedProducts) {
      expect(leafSlugs.has(p.category), `${p.slug} category`).toBe(true);
      expect(knownBrands.has(p.brand), `${p.slug} brand`).toBe(true);
      expect(p.specs.length, `${p.slug} specs`).toBeGreaterThanOrEqual(4);
      expect(p.specs.length, `${p.slug} specs`).toBeLessThanOrEqual(8);
      expect(p.variants.length, `${p.slug} variants`).toBeGreaterThanOrEqual(1);
      expect(p.variants.length, `${p.slug} variants`).toBeLessThanOrEqual(6);
      const sentences = p.description.split(/(?<=[.!?])\s+/).length;
      expect(sentences, `${p.slug} description`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${p.slug} description`).toBeLessThanOrEqual(4);
      for (const v of p.variants) {
        expect(Number.isInteger(v.price) && v.price > 0, `${p.slug} price`).toBe(true);
        if (v.compareAt !== undefined) expect(v.compareAt, `${p.slug} compare-at`).toBeGreaterThan(v.price);
      }
    }
    const skus = seedProducts.flatMap((p) => p.variants.map((v) => skuFor(p.slug, v.options)));
    expect(new Set(skus).size).toBe(skus.length);
  });

  it("has the products later features search for", () => {
    const names = seedProducts.filter((p) => !p.status).map((p) => p.name);
    for (const wanted of [
      /^Leather Jacket$/,
      /Trail Running Shoes/,
      /Road Running Shoes/,
      /Backpack|Daypack/,
      /Tent/,
      /Headphones/,
      /Cast-Iron Skillet/,
    ]) {
      expect(
        names.some((n) => wanted.test(n)),
        String(wanted),
      ).toBe(true);
    }
    const crew = seedProducts.find((p) => p.slug === "classic-crew-t-shirt");
    expect(crew?.variants.some((v) => v.options.Colour === "Blue")).toBe(true);
  });
});

async function snapshot() {
  return {
    categories: await db.select().from(categories).orderBy(asc(categories.id)),
    products: await db.select().from(products).orderBy(asc(products.id)),
    variants: await db.select().from(productVariants).orderBy(asc(productVariants.id)),
    images: await db.select().from(productImages).orderBy(asc(productImages.id)),
  };
}

describe("seedCatalog", () => {
  it("seeds an empty database once, then leaves it alone", { timeout: SLOW }, async () => {
    const lines: string[] = [];
    const first = await seedCatalogIfEmpty(db, { storage, log: (line) => lines.push(line) });
    expect(first).toEqual({
      categories: seedCategories.length,
      products: seedProducts.length,
      variants: seedProducts.reduce((n, p) => n + p.variants.length, 0),
      images: expect.any(Number),
    });
    expect(lines.join("\n")).toMatch(/rendered/);
    expect(await seedCatalogIfEmpty(db, { storage })).toBeNull();
  });

  it("is idempotent: a second run leaves identical rows", { timeout: SLOW }, async () => {
    const before = await snapshot();
    const again = await seedCatalog(db, { storage });
    expect(await snapshot()).toEqual(before);
    expect(again.images).toBe(before.images.length);
    expect(again.variants).toBe(before.variants.length);
  });

  it("builds a nested catalog where every product has variants and images", async () => {
    const rows = await db.select().from(categories);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const byId = new Map(rows.map((c) => [c.id, c]));
    const depth = (id: number | null): number => (id === null ? 0 : 1 + depth(byId.get(id)?.parentId ?? null));
    expect(Math.max(...rows.map((c) => depth(c.id)))).toBeGreaterThanOrEqual(3);

    const [counts] = await selectRows<{ active: number; hidden: number; bare: number }>(
      db,
      sql`select
        count(*) filter (where status = 'active')::int as active,
        count(*) filter (where status <> 'active')::int as hidden,
        count(*) filter (where
          (select count(*) from product_variants v where v.product_id = p.id) < 1 or
          (select count(*) from product_images i where i.product_id = p.id) < 2)::int as bare
      from products p`,
    );
    expect(counts?.active).toBeGreaterThanOrEqual(80);
    expect(counts?.hidden).toBeGreaterThanOrEqual(2);
    expect(counts?.bare).toBe(0);

    const [skillet] = await db
      .select()
      .from(products)
      .where(sql`${products.slug} = 'cast-iron-skillet'`);
    expect(skillet?.specifications[0]).toEqual({ name: "Material", value: "Cast iron" });
    const createdDays = new Set(
      (await db.select({ at: products.createdAt }).from(products)).map((r) => r.at.toDateString()),
    );
    expect(createdDays.size).toBeGreaterThan(20);
  });

  it("stores a real 800×800 WebP for every image row", { timeout: SLOW }, async () => {
    const images = await db.select().from(productImages);
    for (const image of images) {
      expect(image.alt.length, image.path).toBeGreaterThan(10);
      const stored = await storage.get(image.path);
      expect(stored, image.path).not.toBeNull();
      const meta = await sharp(stored!.body).metadata();
      expect([meta.format, meta.width, meta.height], image.path).toEqual(["webp", image.width, image.height]);
    }
    expect(images.find((i) => i.path === "products/leather-jacket-1.webp")?.alt).toBe(
      "Leather Jacket in Black, front view",
    );
  });

  it("puts edited seed rows back on a re-seed", { timeout: SLOW }, async () => {
    await db
      .update(products)
      .set({ name: "Renamed" })
      .where(sql`${products.slug} = 'leather-jacket'`);
    await db
      .update(productVariants)
      .set({ stock: 99 })
      .where(sql`${productVariants.sku} = 'LEATHER-JACKET-S-BLACK'`);
    await seedCatalog(db, { storage });
    const [jacket] = await db
      .select()
      .from(products)
      .where(sql`${products.slug} = 'leather-jacket'`);
    const [variant] = await db
      .select()
      .from(productVariants)
      .where(sql`${productVariants.sku} = 'LEATHER-JACKET-S-BLACK'`);
    expect(jacket?.name).toBe("Leather Jacket");
    expect(variant?.stock).toBe(3);
  });
});

describe("seedSyntheticProducts", () => {
  const syntheticCount = () => db.$count(products, like(products.slug, "synthetic-%"));

  it("adds N products in batches, reporting progress, and skips them on a re-run", { timeout: SLOW }, async () => {
    const progress: [number, number][] = [];
    const added = await seedSyntheticProducts(db, 600, {
      storage,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(added).toBe(600);
    expect(progress).toEqual([
      [500, 600],
      [600, 600],
    ]);
    expect(await syntheticCount()).toBe(600);

    const [bare] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from products p where p.slug like 'synthetic-%' and (
        not exists (select 1 from product_variants v where v.product_id = p.id) or
        (select count(*) from product_images i where i.product_id = p.id) <> 2)`,
    );
    expect(bare?.n).toBe(0);
    // Pictures come from a shared pool (two per category colour), not two files per product.
    const [pool] = await selectRows<{ n: number }>(
      db,
      sql`select count(distinct path)::int as n from product_images where path like 'products/synthetic/%'`,
    );
    expect(pool?.n).toBeLessThanOrEqual(150);

    const before = await snapshot();
    expect(await seedSyntheticProducts(db, 600, { storage })).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(await seedSyntheticProducts(db, 650, { storage })).toBe(50);
    expect(await syntheticCount()).toBe(650);
  });
});

describe("scripts/seed.ts arguments", () => {
  it("parses --products", () => {
    expect(parseSeedArgs([])).toEqual({ products: 0, help: false });
    expect(parseSeedArgs(["--products", "10000"])).toEqual({ products: 10000, help: false });
    expect(parseSeedArgs(["--products=25"])).toEqual({ products: 25, help: false });
  });

  it.each([
    [["--products", "abc"], /--products must be a whole number.*"abc"/],
    [["--products", "-5"], /--products must be a whole number.*"-5"/],
    [["--products", "1.5"], /"1\.5"/],
    [["--products"], /--products needs a number/],
    [["--frobnicate"], /Unknown argument "--frobnicate"/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });

  it("exits non-zero naming the bad argument", { timeout: 60_000 }, async () => {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const run = promisify(execFile)(tsx, ["scripts/seed.ts", "--products", "abc"], { cwd: process.cwd() });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Error: --products must be a whole number/),
    });
  });
});
