import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { searchDocuments } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { allSearchDocuments } from "@/lib/search/documents";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { localDiskStorage } from "@/lib/storage";
import { relevanceCases } from "./fixtures/search-relevance";

// The relevance set (tests/fixtures/search-relevance.ts) against the real demo catalog on
// the Postgres engine: PGlite on every run, the Postgres server when DATABASE_URL is set.

const engine = createPostgresEngine(db);
const mediaDir = mkdtempSync(path.join(tmpdir(), "search-relevance-"));
const categoriesOf = new Map<string, string[]>();
const brandOf = new Map<string, string>();

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  await engine.rebuild((tx) => allSearchDocuments(tx ?? db));
  const rows = await db
    .select({ slug: searchDocuments.slug, brand: searchDocuments.brand, categories: searchDocuments.categorySlugs })
    .from(searchDocuments);
  for (const row of rows) {
    categoriesOf.set(row.slug, row.categories);
    brandOf.set(row.slug, row.brand);
  }
}, 120_000);

afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

const request = (query: string) => ({
  query,
  filters: { categories: [], brands: [], priceBuckets: [], inStock: false },
  sort: "relevance" as const,
  page: 1,
  pageSize: 24,
});

describe("search relevance on the Postgres engine", () => {
  it("has at least 30 queries, typos among them", () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(30);
    for (const query of ["lether jacket", "runing shoes", "blu tshirt"]) {
      expect(relevanceCases.map((c) => c.query)).toContain(query);
    }
  });

  it.each(relevanceCases)("$kind: “$query”", async (testCase) => {
    const result = await engine.search(request(testCase.query));
    const slugs = result.hits.map((h) => h.slug);
    const top3 = slugs.slice(0, 3);
    const seen = `top 3 for "${testCase.query}": ${top3.join(", ") || "(nothing)"}`;
    for (const slug of testCase.top3 ?? []) expect(top3, seen).toContain(slug);
    if (testCase.category) {
      expect(top3.length, seen).toBeGreaterThan(0);
      for (const slug of top3) expect(categoriesOf.get(slug), seen).toContain(testCase.category);
    }
    if (testCase.brand) {
      expect(top3.length, seen).toBeGreaterThan(0);
      for (const slug of top3) expect(brandOf.get(slug), seen).toBe(testCase.brand);
    }
    for (const slug of testCase.absent ?? []) expect(slugs, seen).not.toContain(slug);
  });
});
