import { and, eq, inArray, sql } from "drizzle-orm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, selectRows } from "@/db";
import { productRatings, products, productVariants } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { allSearchDocuments, loadSearchDocuments } from "@/lib/search/documents";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import { parseSearchParams, toSearchRequest } from "@/lib/search/params";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchEngine, SearchFilters, SearchRequest, SearchResult } from "@/lib/search/types";
import { localDiskStorage } from "@/lib/storage";
import { type FakeMeilisearch, startFakeMeilisearch } from "./helpers/fake-meilisearch";

// Option facets (sizes, colours: only variants in stock count) and ratings (read from
// product_ratings) on both engines: the Postgres engine on this run's database and the
// Meilisearch engine against tests/helpers/fake-meilisearch.ts, both built from the seed.

const mediaDir = mkdtempSync(path.join(tmpdir(), "search-options-"));
const fake: FakeMeilisearch = await startFakeMeilisearch();
const engines: { name: string; engine: () => SearchEngine }[] = [
  { name: "postgres", engine: () => createPostgresEngine(db) },
  {
    name: "meilisearch",
    engine: () =>
      createMeilisearchEngine({ host: fake.url, apiKey: fake.apiKey, indexUid: "products", searchTimeoutMs: 2000 }),
  },
];

// The crew tee loses every size M in stock; ratings: 4.5 over 12, 4.0 over 2, 3.0 over 30.
const SOLD_OUT_M = "classic-crew-t-shirt";
const ratings = [
  { slug: "organic-v-neck-t-shirt", count: 12, sum: 54 },
  { slug: "merino-trail-t-shirt", count: 2, sum: 8 },
  { slug: "heavyweight-pocket-t-shirt", count: 30, sum: 90 },
];
const ids = new Map<string, number>();

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  for (const row of await db.select({ id: products.id, slug: products.slug }).from(products)) ids.set(row.slug, row.id);
  await db
    .update(productVariants)
    .set({ stock: 0 })
    .where(and(eq(productVariants.productId, ids.get(SOLD_OUT_M)!), sql`${productVariants.options}->>'Size' = 'M'`));
  await db.insert(productRatings).values(
    ratings.map((r) => ({
      productId: ids.get(r.slug)!,
      reviewCount: r.count,
      ratingSum: r.sum,
    })),
  );
  for (const { engine } of engines) await engine().rebuild((tx) => allSearchDocuments(tx ?? db));
}, 120_000);

afterAll(async () => {
  await fake.close();
  rmSync(mediaDir, { recursive: true, force: true });
});

const noFilters: Required<SearchFilters> = {
  categories: [],
  brands: [],
  priceBuckets: [],
  inStock: false,
  options: [],
  minRating: null,
};
const browse = (filters: Partial<SearchFilters>, change: Partial<SearchRequest> = {}): SearchRequest => ({
  query: "",
  filters: { ...noFilters, ...filters },
  sort: "relevance",
  page: 1,
  pageSize: 100,
  ...change,
});

/** "option:value" pairs of a product's variants in stock, from the catalog itself. */
async function pairsInStock(productIds: number[]): Promise<Map<number, Set<string>>> {
  const rows = await selectRows<{ productId: number; pair: string }>(
    db,
    sql`SELECT pv.product_id AS "productId", lower(o.key || ':' || o.value) AS pair
        FROM product_variants pv, jsonb_each_text(pv.options) o
        WHERE pv.stock > 0 AND pv.product_id IN (${sql.join(
          productIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  const byProduct = new Map<number, Set<string>>();
  for (const row of rows)
    byProduct.set(Number(row.productId), (byProduct.get(Number(row.productId)) ?? new Set()).add(row.pair));
  return byProduct;
}

const slugs = (result: SearchResult) => result.hits.map((h) => h.slug);
const counts = (result: SearchResult) => Object.fromEntries(result.facets.options.map((f) => [f.value, f.count]));

describe("search documents", () => {
  it("carry the option values of variants in stock only, and the rating from product_ratings", async () => {
    const [crew, vNeck] = await loadSearchDocuments(db, [ids.get(SOLD_OUT_M)!, ids.get("organic-v-neck-t-shirt")!]);
    expect(crew!.stockedOptions).toContain("size:s");
    expect(crew!.stockedOptions).toContain("colour:blue");
    expect(crew!.stockedOptions).not.toContain("size:m");
    // Searchable text still names every option value, sold out or not.
    expect(crew!.optionValues).toContain("M");
    expect(crew!.ratingAverage).toBeNull();
    expect(crew!.reviewCount).toBe(0);
    expect(vNeck!.ratingAverage).toBe(4.5);
    expect(vNeck!.reviewCount).toBe(12);
  });
});

describe.each(engines)("options and ratings: $name", ({ engine: make }) => {
  const engine = make();

  it("filters by size: only products with that size in stock", async () => {
    const result = await engine.search(browse({ options: ["size:m"] }));
    expect(result.total).toBeGreaterThan(3);
    expect(slugs(result)).not.toContain(SOLD_OUT_M);
    expect(slugs(result)).toContain("organic-v-neck-t-shirt");
    const stocked = await pairsInStock(result.hits.map((h) => h.id));
    for (const hit of result.hits) expect(stocked.get(hit.id), hit.slug).toContain("size:m");
    // The sold-out size is still found by its words, just not by the facet.
    expect(slugs(await engine.search({ ...browse({}), query: "classic crew" }))).toContain(SOLD_OUT_M);
  });

  it("ORs values of one option and ANDs options", async () => {
    const m = await engine.search(browse({ options: ["size:m"] }));
    const s = await engine.search(browse({ options: ["size:s"] }));
    const either = await engine.search(browse({ options: ["size:m", "size:s"] }));
    expect(new Set(slugs(either))).toEqual(new Set([...slugs(m), ...slugs(s)]));
    const navyM = await engine.search(browse({ options: ["size:m", "colour:navy"] }));
    expect(slugs(navyM)).toContain("organic-v-neck-t-shirt");
    const stocked = await pairsInStock(navyM.hits.map((h) => h.id));
    for (const hit of navyM.hits) {
      expect(stocked.get(hit.id)).toContain("size:m");
      expect(stocked.get(hit.id)).toContain("colour:navy");
    }
  });

  it("counts option values disjunctively, with the catalog's in-stock pairs", async () => {
    const tees = await engine.search(browse({ categories: ["t-shirts"] }));
    const stocked = await pairsInStock(tees.hits.map((h) => h.id));
    const expected: Record<string, number> = {};
    for (const pairs of stocked.values()) for (const pair of pairs) expected[pair] = (expected[pair] ?? 0) + 1;
    expect(counts(tees)).toEqual(expected);

    // Ticking M: the sizes keep their counts (picking L too would add L's), colours narrow to M's.
    const ticked = await engine.search(browse({ categories: ["t-shirts"], options: ["size:m"] }));
    const sizes = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith("size:")));
    expect(sizes(counts(ticked))).toEqual(sizes(expected));
    const withM = [...stocked.values()].filter((pairs) => pairs.has("size:m"));
    expect(ticked.total).toBe(withM.length);
    expect(counts(ticked)["colour:navy"] ?? 0).toBe(withM.filter((p) => p.has("colour:navy")).length);
  });

  it("sorts by rating, best first, and filters 4 stars and up", async () => {
    const tees = await engine.search(browse({ categories: ["t-shirts"] }, { sort: "rating" }));
    expect(slugs(tees).slice(0, 3)).toEqual([
      "organic-v-neck-t-shirt",
      "merino-trail-t-shirt",
      "heavyweight-pocket-t-shirt",
    ]);
    expect(tees.hits[0]!.rating).toEqual({ average: 4.5, count: 12 });
    expect(tees.hits.at(-1)!.rating).toBeNull();
    expect(tees.facets.rated).toBe(2);

    const rated = await engine.search(browse({ minRating: 4 }));
    expect(new Set(slugs(rated))).toEqual(new Set(["organic-v-neck-t-shirt", "merino-trail-t-shirt"]));
    // The rating facet is counted without its own filter.
    expect(rated.facets.rated).toBe(2);
    expect((await engine.search({ ...browse({ minRating: 4 }), query: "shirt" })).total).toBe(2);
  });

  it("serves a category page's facets from the same engine: brand, options, price, stock and rating", async () => {
    const state = parseSearchParams(new URLSearchParams("option=Size:M&rating=4&q=ignored&category=tents"), "apparel");
    expect(state.filters).toMatchObject({ categories: ["apparel"], options: ["size:m"], minRating: 4 });
    expect(state.q).toBe("");
    const result = await engine.search(toSearchRequest(state));
    // Of the two rated 4 and up, only the V-neck and the merino tee have an M in stock.
    expect(new Set(slugs(result))).toEqual(new Set(["organic-v-neck-t-shirt", "merino-trail-t-shirt"]));
    const plain = await engine.search(toSearchRequest(parseSearchParams(new URLSearchParams(""), "apparel")));
    expect(plain.facets.brands.length).toBeGreaterThan(1);
    expect(plain.facets.priceBuckets.length).toBeGreaterThan(0);
    expect(plain.facets.inStock).toBeGreaterThan(0);
    expect(plain.facets.rated).toBe(2);
    expect(Object.keys(counts(plain)).some((k) => k.startsWith("colour:"))).toBe(true);
    expect(counts(plain)["size:m"]).toBeGreaterThan(0);
  });
});

describe("reindexing a product", () => {
  it("follows its stock and its rating", async () => {
    const id = ids.get(SOLD_OUT_M)!;
    await db
      .update(productVariants)
      .set({ stock: 3 })
      .where(inArray(productVariants.productId, [id]));
    await db.insert(productRatings).values({ productId: id, reviewCount: 1, ratingSum: 5 });
    const postgres = createPostgresEngine(db);
    await postgres.upsert(await loadSearchDocuments(db, [id]));
    expect(slugs(await postgres.search(browse({ options: ["size:m"], minRating: 4 })))).toContain(SOLD_OUT_M);
  });
});
