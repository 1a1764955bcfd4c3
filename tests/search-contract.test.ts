import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { searchDocuments } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { allSearchDocuments, loadSearchDocuments } from "@/lib/search/documents";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize";
import { parseSearchParams, toSearchRequest } from "@/lib/search/params";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchEngine, SearchFilters, SearchRequest, SearchResult } from "@/lib/search/types";
import { localDiskStorage } from "@/lib/storage";
import { type FakeMeilisearch, startFakeMeilisearch } from "./helpers/fake-meilisearch";

// One contract for every search engine (docs/architecture.md): the Postgres engine on this run's
// database, and the Meilisearch engine against tests/helpers/fake-meilisearch.ts. Both are
// built from the seeded demo catalog.

const mediaDir = mkdtempSync(path.join(tmpdir(), "search-contract-"));
const fake: FakeMeilisearch = await startFakeMeilisearch();
const created = new Map<string, number>();
let featured: Set<string>;
let activeCount = 0;

const engines: { name: string; engine: () => SearchEngine }[] = [
  { name: "postgres", engine: () => createPostgresEngine(db) },
  {
    name: "meilisearch",
    engine: () =>
      createMeilisearchEngine({ host: fake.url, apiKey: fake.apiKey, indexUid: "products", searchTimeoutMs: 2000 }),
  },
];

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  for (const { engine } of engines) await engine().rebuild((tx) => allSearchDocuments(tx ?? db));
  const rows = await db
    .select({ slug: searchDocuments.slug, createdAt: searchDocuments.createdAt, featured: searchDocuments.featured })
    .from(searchDocuments);
  for (const row of rows) created.set(row.slug, row.createdAt.getTime());
  featured = new Set(rows.filter((r) => r.featured).map((r) => r.slug));
  activeCount = rows.length;
}, 120_000);

afterAll(async () => {
  await fake.close();
  rmSync(mediaDir, { recursive: true, force: true });
});

const noFilters: SearchFilters = { categories: [], brands: [], priceBuckets: [], inStock: false };
const request = (query: string, change: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  filters: noFilters,
  sort: "relevance",
  page: 1,
  pageSize: 24,
  ...change,
});

describe.each(engines)("search engine contract: $name", ({ engine: make }) => {
  const engine = make();
  const search = (query: string, change: Partial<SearchRequest> = {}) => engine.search(request(query, change));
  const slugs = (result: SearchResult) => result.hits.map((h) => h.slug);

  it("finds a product by name and marks the matched words", async () => {
    const result = await search("leather jacket");
    expect(slugs(result)[0]).toBe("leather-jacket");
    const marked = result.hits[0]!.highlight.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marked.join(" ")).toContain("leather");
    expect(result.hits[0]!.highlight.map((s) => s.text).join("")).toBe("Leather Jacket");
    expect(result.hits[0]!.price.currency).toBe("USD");
  });

  it("tolerates a misspelt word", async () => {
    expect(slugs(await search("lether jacket")).slice(0, 3)).toContain("leather-jacket");
  });

  it("browses every active product for an empty query, featured first", async () => {
    const result = await search("", { pageSize: 100 });
    expect(result.total).toBe(activeCount);
    expect(result.hits).toHaveLength(activeCount);
    const firstPlain = result.hits.findIndex((h) => !featured.has(h.slug));
    expect(result.hits.slice(firstPlain).some((h) => featured.has(h.slug))).toBe(false);
  });

  it("filters by brand, category (with its subcategories), price range and stock", async () => {
    const byBrand = await search("", { filters: { ...noFilters, brands: ["Fathom Audio"] }, pageSize: 100 });
    expect(byBrand.total).toBeGreaterThan(0);
    expect(byBrand.hits.every((h) => h.brand === "Fathom Audio")).toBe(true);

    const apparel = await search("", { filters: { ...noFilters, categories: ["apparel"] } });
    const [jackets, tshirts, hoodies] = await Promise.all(
      ["jackets", "t-shirts", "hoodies"].map((slug) => search("", { filters: { ...noFilters, categories: [slug] } })),
    );
    expect(apparel.total).toBe(jackets!.total + tshirts!.total + hoodies!.total);

    const cheap = await search("", { filters: { ...noFilters, priceBuckets: ["0-25"] }, pageSize: 100 });
    expect(cheap.total).toBeGreaterThan(0);
    expect(cheap.hits.every((h) => h.price.amount < 2500)).toBe(true);

    const inStock = await search("", { filters: { ...noFilters, inStock: true }, pageSize: 100 });
    expect(inStock.total).toBeLessThan(activeCount);
    expect(inStock.hits.every((h) => h.inStock)).toBe(true);
  });

  it("counts facets that match the filtered results, each facet ignoring its own filter", async () => {
    const cases: [string, SearchFilters][] = [
      ["", noFilters],
      ["shirt", noFilters],
      ["", { ...noFilters, brands: ["Kestrel Outdoor"] }],
      ["bag", { ...noFilters, inStock: true, priceBuckets: ["50-100", "100-200"] }],
    ];
    for (const [query, filters] of cases) {
      const base = await search(query, { filters });
      const { facets } = base;
      expect(facets.brands.length + facets.categories.length).toBeGreaterThan(0);
      const checks: [Partial<SearchFilters>, number][] = [
        ...facets.brands.map((f): [Partial<SearchFilters>, number] => [{ brands: [f.value] }, f.count]),
        ...facets.categories.map((f): [Partial<SearchFilters>, number] => [{ categories: [f.value] }, f.count]),
        ...facets.priceBuckets.map((f): [Partial<SearchFilters>, number] => [{ priceBuckets: [f.value] }, f.count]),
        [{ inStock: true }, facets.inStock],
      ];
      for (const [only, count] of checks) {
        const narrowed = await search(query, { filters: { ...filters, ...only }, pageSize: 1 });
        expect(narrowed.total, `${query} ${JSON.stringify({ ...filters, ...only })}`).toBe(count);
      }
    }
  });

  it("sorts by price both ways and by newest", async () => {
    const asc = await search("", { sort: "price-asc", pageSize: 100 });
    const amounts = asc.hits.map((h) => h.price.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    const desc = await search("", { sort: "price-desc", pageSize: 100 });
    expect(desc.hits.map((h) => h.price.amount)).toEqual([...amounts].sort((a, b) => b - a));
    const newest = (await search("", { sort: "newest", pageSize: 100 })).hits.map((h) => created.get(h.slug)!);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it("pages through results without overlap", async () => {
    const first = await search("", { pageSize: 10, sort: "price-asc" });
    const second = await search("", { pageSize: 10, page: 2, sort: "price-asc" });
    expect(first.pageCount).toBe(Math.ceil(activeCount / 10));
    expect(second.hits).toHaveLength(10);
    expect(slugs(second).some((s) => slugs(first).includes(s))).toBe(false);
    expect((await search("", { page: 99, pageSize: 10 })).hits).toEqual([]);
  });

  it("sees an upsert and a removal in the next search", async () => {
    const [doc] = await loadSearchDocuments(db, [(await search("burr grinder")).hits[0]!.id]);
    await engine.upsert([{ ...doc!, name: "Zanzibar Conical Grinder" }]);
    expect(slugs(await search("zanzibar"))).toEqual([doc!.slug]);
    await engine.remove([doc!.id]);
    expect(slugs(await search("zanzibar"))).toEqual([]);
    await engine.upsert([doc!]);
    expect(slugs(await search("burr grinder"))[0]).toBe(doc!.slug);
  });

  it("answers hostile or odd input with results or an empty state, never an error", async () => {
    const inputs = [
      "x".repeat(10_000),
      `"leather" 'jacket'`,
      "back\\slash \\\\",
      "100% cotton",
      "t_shirt %_%",
      "'; DROP TABLE products; --",
      "jacket' OR '1'='1",
      "a:* & !b | (c",
      "🧥🔥 jacket 👟",
      "   ",
      "\u0000\u200b",
    ];
    for (const raw of inputs) {
      const state = parseSearchParams(new URLSearchParams({ q: raw, brand: `Quo"te \\ Brand` }));
      expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      const result = await engine.search(toSearchRequest(state));
      expect(result.total, raw).toBe(0);
      const unfiltered = await engine.search({ ...toSearchRequest(state), filters: noFilters });
      expect(Array.isArray(unfiltered.hits)).toBe(true);
    }
    expect(slugs(await search("🧥🔥 jacket 👟"))).toContain("leather-jacket");
  });
});
