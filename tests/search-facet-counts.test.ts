import { eq, sql } from "drizzle-orm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, selectRows } from "@/db";
import { products } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { allSearchDocuments, loadSearchDocuments } from "@/lib/search/documents";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchFilters } from "@/lib/search/types";
import { localDiskStorage } from "@/lib/storage";

// Browsing (a search without words) counts its total and facets from search_facet_counts,
// which triggers keep in step with search_documents. These checks count the documents
// themselves and compare, after every kind of write the index sees.

const mediaDir = mkdtempSync(path.join(tmpdir(), "search-facet-counts-"));
const engine = createPostgresEngine(db);
const noFilters: SearchFilters = { categories: [], brands: [], priceBuckets: [], inStock: false };

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  await engine.rebuild((tx) => allSearchDocuments(tx ?? db));
}, 120_000);

afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

type Doc = { brand: string; categorySlugs: string[]; priceBucket: string; inStock: boolean };

async function documents(): Promise<Doc[]> {
  return selectRows<Doc>(
    db,
    sql`SELECT brand, category_slugs AS "categorySlugs", price_bucket AS "priceBucket", in_stock AS "inStock" FROM search_documents`,
  );
}

function matches(doc: Doc, filters: SearchFilters, except?: keyof SearchFilters): boolean {
  return (
    (except === "categories" ||
      filters.categories.length === 0 ||
      doc.categorySlugs.some((s) => filters.categories.includes(s))) &&
    (except === "brands" || filters.brands.length === 0 || filters.brands.includes(doc.brand)) &&
    (except === "priceBuckets" ||
      filters.priceBuckets.length === 0 ||
      filters.priceBuckets.includes(doc.priceBucket)) &&
    (except === "inStock" || !filters.inStock || doc.inStock)
  );
}

function countBy(docs: Doc[], key: (doc: Doc) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of docs) for (const value of key(doc)) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const asRecord = (facets: { value: string; count: number }[]) =>
  Object.fromEntries(facets.map((f) => [f.value, f.count]));

/** Browses with `filters` and checks the total and every facet against the documents. */
async function expectBrowseCounts(filters: SearchFilters) {
  const docs = await documents();
  const result = await engine.search({ query: "", filters, sort: "relevance", page: 1, pageSize: 24 });
  const label = JSON.stringify(filters);
  expect(result.total, label).toBe(docs.filter((d) => matches(d, filters)).length);
  const facets = result.facets;
  expect(asRecord(facets.categories), label).toEqual(
    countBy(
      docs.filter((d) => matches(d, filters, "categories")),
      (d) => d.categorySlugs,
    ),
  );
  expect(asRecord(facets.brands), label).toEqual(
    countBy(
      docs.filter((d) => d.brand !== "" && matches(d, filters, "brands")),
      (d) => [d.brand],
    ),
  );
  expect(asRecord(facets.priceBuckets), label).toEqual(
    countBy(
      docs.filter((d) => matches(d, filters, "priceBuckets")),
      (d) => [d.priceBucket],
    ),
  );
  expect(facets.inStock, label).toBe(docs.filter((d) => d.inStock && matches(d, filters, "inStock")).length);
}

const cases: SearchFilters[] = [
  noFilters,
  { ...noFilters, categories: ["apparel"] },
  { ...noFilters, categories: ["jackets", "kitchen"], inStock: true },
  { ...noFilters, brands: ["Kestrel Outdoor"], priceBuckets: ["100-200", "200-up"] },
  { ...noFilters, categories: ["outdoor"], priceBuckets: ["0-25", "50-100"], inStock: true },
];

describe("browse counts from search_facet_counts", () => {
  it("match the documents after a rebuild", async () => {
    for (const filters of cases) await expectBrowseCounts(filters);
  });

  it("follow an upsert that moves a product to another brand, price range and stock state", async () => {
    const first = (await engine.search({ query: "", filters: noFilters, sort: "price-asc", page: 1, pageSize: 1 }))
      .hits[0]!;
    const [doc] = await loadSearchDocuments(db, [first.id]);
    await engine.upsert([{ ...doc!, brand: "Facet Test Brand", priceBucket: "200-up", inStock: !doc!.inStock }]);
    for (const filters of [...cases, { ...noFilters, brands: ["Facet Test Brand"] }]) await expectBrowseCounts(filters);
    const moved = await engine.search({
      query: "",
      filters: { ...noFilters, brands: ["Facet Test Brand"] },
      sort: "relevance",
      page: 1,
      pageSize: 24,
    });
    expect(moved.total).toBe(1);
    await engine.upsert([doc!]);
    for (const filters of cases) await expectBrowseCounts(filters);
  });

  it("follow removals from the index and products deleted from the catalog", async () => {
    const page = (await engine.search({ query: "", filters: noFilters, sort: "newest", page: 1, pageSize: 3 })).hits;
    const before = (await engine.search({ query: "", filters: noFilters, sort: "relevance", page: 1, pageSize: 1 }))
      .total;
    await engine.remove([page[0]!.id]);
    // No indexer runs here: the cascade from products removes the document on its own.
    await db.delete(products).where(eq(products.id, page[1]!.id));
    const after = await engine.search({ query: "", filters: noFilters, sort: "relevance", page: 1, pageSize: 1 });
    expect(after.total).toBe(before - 2);
    for (const filters of cases) await expectBrowseCounts(filters);
  });
});
