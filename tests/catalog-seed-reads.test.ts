import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { seedCatalog } from "@/db/seed";
import type { MediaStorage } from "@/lib/storage";
import {
  queryCategoryBySlug,
  queryCategorySitemap,
  queryCategoryTree,
  queryTopCategories,
} from "@/lib/catalog/categories";
import { queryFeaturedProducts } from "@/lib/catalog/product-cards";
import { queryProductBySlug, queryProductSitemap } from "@/lib/catalog/product-detail";
import { queryProducts } from "@/lib/catalog/product-listing";

// The storefront reads over the real demo catalog: every link the site renders from it
// (navigation, tiles, sitemap) must lead somewhere. Images are not rendered: this storage
// claims to hold every key already.
const storedEverything: MediaStorage = {
  put: async () => {},
  get: async () => null,
  exists: async () => true,
  delete: async () => {},
};

beforeAll(async () => {
  await seedCatalog(db, { storage: storedEverything });
}, 120_000);

describe("catalog reads over the demo seed", () => {
  it("resolves every category in the sitemap, with a breadcrumb ending in itself", async () => {
    const categories = await queryCategorySitemap(db);
    expect(categories.length).toBeGreaterThanOrEqual(8);
    for (const { slug } of categories) {
      const category = await queryCategoryBySlug(db, slug);
      expect(category?.trail.at(-1)?.slug, slug).toBe(slug);
    }
  });

  it("has nested navigation, and each top tile counts what its listing lists", async () => {
    const tree = await queryCategoryTree(db);
    expect(tree.some((c) => c.children.length > 0)).toBe(true);
    for (const tile of await queryTopCategories(db)) {
      const listing = await queryProducts(db, { categorySlug: tile.slug });
      expect(listing.total, tile.slug).toBe(tile.productCount);
    }
  });

  it("resolves every product in the sitemap with variants and images", async () => {
    const products = await queryProductSitemap(db);
    expect(products.length).toBeGreaterThanOrEqual(80);
    for (const { slug } of products) {
      const product = await queryProductBySlug(db, slug);
      expect(product, slug).not.toBeNull();
      expect(product!.variants.length, slug).toBeGreaterThan(0);
      expect(product!.images.length, slug).toBeGreaterThan(0);
    }
  });

  it("pages through the whole catalog exactly once", async () => {
    const first = await queryProducts(db, { sort: "price-asc" });
    const seen = new Set(first.items.map((p) => p.slug));
    for (let page = 2; page <= first.pageCount; page++) {
      for (const item of (await queryProducts(db, { sort: "price-asc", page })).items) {
        expect(seen.has(item.slug), item.slug).toBe(false);
        seen.add(item.slug);
      }
    }
    expect(seen.size).toBe(first.total);
  });

  it("features some products", async () => {
    expect((await queryFeaturedProducts(db)).length).toBeGreaterThan(0);
  });
});
