import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { seedCatalog } from "@/db/seed";
import { createCircuitBreaker } from "@/lib/search/circuit-breaker";
import { allSearchDocuments } from "@/lib/search/documents";
import { withFallback } from "@/lib/search/fallback";
import { createMeilisearchEngine, type MeilisearchConfig } from "@/lib/search/meilisearch/engine";
import { indexSettings } from "@/lib/search/meilisearch/settings";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { reindexAll } from "@/lib/search/reindex";
import type { SearchRequest } from "@/lib/search/types";
import { localDiskStorage } from "@/lib/storage";
import { startFakeMeilisearch } from "./helpers/fake-meilisearch";

// What only the Meilisearch engine does: index settings from code, rebuild by index swap,
// and the circuit breaker's fallback to Postgres when Meilisearch is down or slow.

const fake = await startFakeMeilisearch();
const mediaDir = mkdtempSync(path.join(tmpdir(), "search-meili-"));
const config = (change: Partial<MeilisearchConfig> = {}): MeilisearchConfig => ({
  host: fake.url,
  apiKey: fake.apiKey,
  indexUid: "products",
  searchTimeoutMs: 300,
  ...change,
});
const postgres = createPostgresEngine(db);
const request: SearchRequest = {
  query: "leather jacket",
  filters: { categories: [], brands: [], priceBuckets: [], inStock: false },
  sort: "relevance",
  page: 1,
  pageSize: 24,
};

/** A port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  await postgres.rebuild((tx) => allSearchDocuments(tx ?? db));
}, 120_000);

afterAll(async () => {
  await fake.close();
  rmSync(mediaDir, { recursive: true, force: true });
});

describe("Meilisearch engine", () => {
  const engine = createMeilisearchEngine(config());

  it("builds the index by swapping in a new one configured from code, never serving an empty one", async () => {
    const liveTotals: number[] = [];
    await reindexAll(db, { engines: [engine] });
    const firstCount = fake.indexes.get("products")!.docs.size;
    expect(firstCount).toBeGreaterThan(50);

    await reindexAll(db, {
      engines: [engine],
      onProgress: () => void liveTotals.push(fake.indexes.get("products")!.docs.size),
    });
    // During the second build the live index kept every document; afterwards only it is left.
    expect(liveTotals.length).toBeGreaterThan(0);
    expect(liveTotals.every((n) => n === firstCount)).toBe(true);
    expect([...fake.indexes.keys()]).toEqual(["products"]);
    expect(fake.indexes.get("products")!.settings).toMatchObject(indexSettings);
    expect(fake.requests).toContain("POST /swap-indexes");
  });

  it("sends the API key and searches with filters, facets and sort in one multi-search", async () => {
    fake.requests.length = 0;
    const result = await engine.search({
      ...request,
      query: "jacket",
      filters: { ...request.filters, brands: ["Kestrel Outdoor"] },
    });
    expect(result.engine).toBe("meilisearch");
    expect(result.hits.every((h) => h.brand === "Kestrel Outdoor")).toBe(true);
    expect(result.facets.brands.map((b) => b.value)).toContain("Hartwell & Co.");
    expect(fake.requests).toEqual(["POST /multi-search"]);
    const wrongKey = createMeilisearchEngine(config({ apiKey: "wrong" }));
    await expect(wrongKey.search(request)).rejects.toThrow(/API key/);
  });
});

describe("fallback to Postgres", () => {
  // The breaker reads the clock through Date.now: only Date is faked, so requests and
  // their timeouts run as usual while the cool-down is skipped.
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it("answers from Postgres when Meilisearch is down, then stays there for the cool-down", async () => {
    const log = { warn: vi.fn(), info: vi.fn() };
    const breaker = createCircuitBreaker({
      name: "meilisearch-down-test",
      primary: "Meilisearch",
      fallback: "Postgres",
      cooldownMs: 30_000,
      log,
    });
    const down = createMeilisearchEngine(config({ host: `http://127.0.0.1:${await closedPort()}` }));
    const primary = { ...down, search: vi.fn(down.search) };
    const reader = withFallback(primary, postgres, breaker);

    const first = await reader.search(request);
    expect(first.engine).toBe("postgres");
    expect(first.hits[0]?.slug).toBe("leather-jacket");
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]![1]).toMatch(/Meilisearch failed .*using Postgres for 30s/);

    later(10_000);
    expect((await reader.search(request)).engine).toBe("postgres");
    expect(primary.search).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it("falls back after the timeout when Meilisearch is slow, and returns once it answers", async () => {
    const log = { warn: vi.fn(), info: vi.fn() };
    const breaker = createCircuitBreaker({
      name: "meilisearch-slow-test",
      primary: "Meilisearch",
      fallback: "Postgres",
      cooldownMs: 30_000,
      log,
    });
    const reader = withFallback(createMeilisearchEngine(config({ searchTimeoutMs: 500 })), postgres, breaker);
    fake.delayMs = 5_000;
    try {
      const started = performance.now();
      expect((await reader.search(request)).engine).toBe("postgres");
      expect(performance.now() - started).toBeLessThan(4_000);
      expect(log.warn.mock.calls[0]![1]).toMatch(/timed out/);
    } finally {
      fake.delayMs = 0;
    }
    later(30_000);
    const again = await reader.search(request);
    expect(again.engine, JSON.stringify(log.warn.mock.calls)).toBe("meilisearch");
    expect(log.info).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(/answers again/));
  });
});
