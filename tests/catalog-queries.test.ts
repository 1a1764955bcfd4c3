import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  queryCategoryBySlug,
  queryCategorySitemap,
  queryCategoryTree,
  queryTopCategories,
} from "@/lib/catalog/categories";
import { queryFeaturedProducts } from "@/lib/catalog/product-cards";
import { queryProductBySlug, queryProductSitemap } from "@/lib/catalog/product-detail";
import { type ListingQuery, queryProducts } from "@/lib/catalog/product-listing";
import { insertCatalogFixture } from "./catalog-fixture";

beforeAll(async () => {
  await insertCatalogFixture(db);
});

const slugs = async (query: ListingQuery) => (await queryProducts(db, query)).items.map((p) => p.slug);

describe("queryProducts", () => {
  it("includes products of every descendant category", async () => {
    const outdoor = await queryProducts(db, { categorySlug: "outdoor" });
    expect(outdoor.total).toBe(4);
    expect(outdoor.items.map((p) => p.slug).sort()).toEqual(["camp-stove", "day-pack", "ridge-tent", "summit-boots"]);
    expect((await slugs({ categorySlug: "camping" })).sort()).toEqual(["camp-stove", "ridge-tent"]);
    expect(await slugs({ categorySlug: "tents" })).toEqual(["ridge-tent"]);
  });

  it("lists only active products, across the whole catalog without a category", async () => {
    const all = await slugs({});
    expect(all).toHaveLength(5);
    expect(all).not.toContain("draft-lantern");
    expect(all).not.toContain("archived-stove");
  });

  it("returns nothing for an unknown category", async () => {
    expect(await queryProducts(db, { categorySlug: "nope" })).toMatchObject({ items: [], total: 0, pageCount: 0 });
  });

  it("builds cards from the lowest-priced variant, any stock and the first image", async () => {
    const { items } = await queryProducts(db, { categorySlug: "tents" });
    expect(items[0]).toEqual({
      id: expect.any(Number),
      slug: "ridge-tent",
      name: "Ridge Tent",
      brand: "Northwind",
      price: { amount: 20000, currency: "USD" },
      compareAt: { amount: 22000, currency: "USD" },
      // The cheapest variant is sold out, the other is not.
      inStock: true,
      image: { url: "/media/products/ridge-tent-1.webp", alt: "Ridge Tent photo 1", width: 800, height: 800 },
      rating: null,
    });
  });

  it("filters on the lowest variant price, inclusive, in minor units", async () => {
    expect(await slugs({ categorySlug: "outdoor", minPrice: 8000, maxPrice: 20000, sort: "price-asc" })).toEqual([
      "day-pack",
      "summit-boots",
      "ridge-tent",
    ]);
    expect(await slugs({ categorySlug: "outdoor", minPrice: 20001 })).toEqual([]);
    expect(await slugs({ categorySlug: "outdoor", maxPrice: 5000 })).toEqual(["camp-stove"]);
  });

  it("filters to products with any variant in stock", async () => {
    expect((await slugs({ categorySlug: "outdoor", inStock: true })).sort()).toEqual([
      "camp-stove",
      "day-pack",
      "ridge-tent",
    ]);
  });

  it("sorts by each order", async () => {
    const outdoor = (sort: ListingQuery["sort"]) => slugs({ categorySlug: "outdoor", sort });
    expect(await outdoor("price-asc")).toEqual(["camp-stove", "day-pack", "summit-boots", "ridge-tent"]);
    expect(await outdoor("price-desc")).toEqual(["ridge-tent", "summit-boots", "day-pack", "camp-stove"]);
    expect(await outdoor("newest")).toEqual(["day-pack", "camp-stove", "summit-boots", "ridge-tent"]);
    expect(await outdoor("name")).toEqual(["camp-stove", "day-pack", "ridge-tent", "summit-boots"]);
    // Newest is the default.
    expect(await outdoor(undefined)).toEqual(await outdoor("newest"));
  });

  it("paginates with a page count, and keeps the total past the last page", async () => {
    const base = { categorySlug: "outdoor", sort: "price-asc", pageSize: 3 } as const;
    const first = await queryProducts(db, base);
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3, pageCount: 2 });
    expect(first.items.map((p) => p.slug)).toEqual(["camp-stove", "day-pack", "summit-boots"]);

    const second = await queryProducts(db, { ...base, page: 2 });
    expect(second.items.map((p) => p.slug)).toEqual(["ridge-tent"]);
    expect(second).toMatchObject({ total: 4, page: 2, pageCount: 2 });

    const beyond = await queryProducts(db, { ...base, page: 9 });
    expect(beyond).toMatchObject({ items: [], total: 4, page: 9, pageCount: 2 });
  });
});

describe("queryProductBySlug", () => {
  it("returns variants, images and specifications in display order with the breadcrumb", async () => {
    const product = await queryProductBySlug(db, "ridge-tent");
    expect(product).not.toBeNull();
    expect(product!.variants.map((v) => [v.sku, v.price.amount, v.compareAt?.amount ?? null, v.stock])).toEqual([
      ["TENT-2P", 20000, 22000, 0],
      ["TENT-3P", 25000, null, 3],
    ]);
    expect(product!.variants[0]!.options).toEqual({ Size: "2P" });
    expect(product!.images.map((i) => i.url)).toEqual([
      "/media/products/ridge-tent-1.webp",
      "/media/products/ridge-tent-2.webp",
    ]);
    expect(product!.specifications).toEqual([
      { name: "Weight", value: "1 kg" },
      { name: "Material", value: "Nylon" },
    ]);
    expect(product!.trail).toEqual([
      { slug: "outdoor", name: "Outdoor" },
      { slug: "camping", name: "Camping" },
      { slug: "tents", name: "Tents" },
    ]);
    expect(product!.updatedAt).toBe("2024-01-01T00:00:00.000Z");
    // Cached by unstable_cache, so it must survive JSON.
    expect(JSON.parse(JSON.stringify(product))).toEqual(product);
  });

  it("returns null for draft, archived and unknown products", async () => {
    expect(await queryProductBySlug(db, "draft-lantern")).toBeNull();
    expect(await queryProductBySlug(db, "archived-stove")).toBeNull();
    expect(await queryProductBySlug(db, "no-such-product")).toBeNull();
  });
});

describe("categories", () => {
  it("builds the navigation tree in position order", async () => {
    const tree = await queryCategoryTree(db);
    expect(tree.map((c) => c.slug)).toEqual(["outdoor", "home"]);
    expect(tree[0]!.children.map((c) => c.slug)).toEqual(["camping", "hiking"]);
    expect(tree[0]!.children[0]!.children.map((c) => c.slug)).toEqual(["tents"]);
  });

  it("finds a category with its trail and subcategories, or null", async () => {
    const camping = await queryCategoryBySlug(db, "camping");
    expect(camping).toMatchObject({
      slug: "camping",
      name: "Camping",
      description: "All Camping",
      trail: [
        { slug: "outdoor", name: "Outdoor" },
        { slug: "camping", name: "Camping" },
      ],
      children: [{ slug: "tents", name: "Tents" }],
    });
    expect(await queryCategoryBySlug(db, "unknown")).toBeNull();
  });

  it("counts active products per top category across its subtree", async () => {
    const tiles = await queryTopCategories(db);
    expect(tiles.map((t) => [t.slug, t.productCount])).toEqual([
      ["outdoor", 4],
      ["home", 1],
    ]);
    // The newest featured product in the subtree represents it.
    expect(tiles[0]!.image?.url).toBe("/media/products/camp-stove.webp");
    expect(tiles[1]!.image?.url).toBe("/media/products/skillet.webp");
  });
});

describe("featured products and sitemap", () => {
  it("lists featured active products, newest first", async () => {
    expect((await queryFeaturedProducts(db)).map((p) => p.slug)).toEqual(["camp-stove", "ridge-tent"]);
    expect(await queryFeaturedProducts(db, 1)).toHaveLength(1);
  });

  it("lists every category and only active products", async () => {
    expect((await queryCategorySitemap(db)).map((c) => c.slug)).toEqual([
      "camping",
      "hiking",
      "home",
      "kitchen",
      "outdoor",
      "tents",
    ]);
    const products = await queryProductSitemap(db);
    expect(products.map((p) => p.slug)).toEqual(["camp-stove", "day-pack", "ridge-tent", "skillet", "summit-boots"]);
    expect(products[0]!.updatedAt).toBe("2024-03-01T00:00:00.000Z");
  });
});
