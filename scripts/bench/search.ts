import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { runScript } from "../run-script";

// Search latency on the Postgres engine: 10,000 synthetic products (plus the demo catalog)
// in a temporary database, BENCH_SEARCH_USERS shoppers searching at once, each running what
// /search runs (typo lookup, hits and facet counts) or what the box's suggestions run, back
// to back with no think time: a worst case for that many concurrent users.
//
// Env: BENCH_DATABASE_URL or DATABASE_URL for a Postgres server to create the temporary
// database on (else in-memory PGlite); BENCH_SEARCH_PRODUCTS (10000), BENCH_SEARCH_USERS
// (20), BENCH_SEARCHES (4000 per phase), BENCH_SECONDS (60 per phase): the run is bounded
// by whichever budget runs out first.

const productCount = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000);
const users = Number(process.env.BENCH_SEARCH_USERS ?? 20);
const searchesPerPhase = Number(process.env.BENCH_SEARCHES ?? 4_000);
const secondsPerPhase = Number(process.env.BENCH_SECONDS ?? 60);
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

// Names, typos, partial words, brands and multi-word queries over the synthetic catalog.
const queries = [
  "jacket", "ridgeline jacket", "waterproof shell", "insulated parka", "lether jacket", "jaket", "down vest",
  "t-shirt", "blu tshirt", "merino tee", "pocket tee", "hoodie", "hoddie", "zip hoodie", "fleece",
  "running shoes", "runing shoes", "trail shoe", "hiking boots", "boot", "tent", "backpak", "daypack",
  "sleeping bag", "sleping bag", "skillet", "cast iron", "dutch oven", "kettle", "coffee grinder", "mug",
  "lamp", "lantern", "headphones", "headphnes", "earbuds", "speaker", "charger", "usb c cable", "power bank",
  "wallet", "duffel", "beanie", "gloves", "kestrel", "summitline", "hartwell", "juniper", "cascade aspen",
  "canyon", "fjord", "merin", "turnt", "windbr", "xyzzy", "organic cotton crew neck t-shirt in navy blue",
];
const sorts = ["relevance", "relevance", "relevance", "price-asc", "newest"] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(title: string, samples: Record<string, number[]>, seconds: number, concurrency: number) {
  console.log(`\n${title} (${concurrency} concurrent, ${seconds.toFixed(1)} s)`);
  console.log("  operation            count    p50 ms   p95 ms   p99 ms   max ms   ops/s");
  const fmt = (n: number, width: number) => n.toFixed(2).padStart(width);
  for (const [name, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(18)} ${String(sorted.length).padStart(7)} ${fmt(percentile(sorted, 50), 8)} ${fmt(percentile(sorted, 95), 8)} ${fmt(percentile(sorted, 99), 8)} ${fmt(sorted.at(-1) ?? NaN, 8)} ${fmt(sorted.length / seconds, 7)}`,
    );
  }
}

/** `concurrency` loops of `step` until the phase's search or time budget is spent. */
async function phase(concurrency: number, step: (i: number) => Promise<[string, number]>) {
  const samples: Record<string, number[]> = {};
  let done = 0;
  const started = performance.now();
  const deadline = started + secondsPerPhase * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < searchesPerPhase && performance.now() < deadline) {
        const [name, ms] = await step(done++);
        (samples[name] ??= []).push(ms);
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

runScript(async () => {
  // A temporary database and media folder, set before lib/env is first imported below.
  const dbName = `sf_bench_${randomBytes(5).toString("hex")}`;
  const mediaDir = mkdtempSync(path.join(tmpdir(), "search-bench-"));
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.DATABASE_URL = "";
    process.env.PGLITE_DATA_DIR = "memory://";
  }
  process.env.DATA_DIR = mediaDir;

  const { db, dbHandle } = await import("@/db");
  const { seedCatalog, seedSyntheticProducts } = await import("@/db/seed");
  const { createPostgresEngine } = await import("@/lib/search/postgres/engine");
  const { allSearchDocuments } = await import("@/lib/search/documents");
  const engine = createPostgresEngine(db);

  try {
    console.log(`Database: ${serverUrl ? `Postgres server (temporary ${dbName})` : "in-memory PGlite (one connection: searches queue)"}`);
    await dbHandle.migrate();
    let started = performance.now();
    await seedCatalog(db);
    await seedSyntheticProducts(db, productCount);
    console.log(`  seeded ${productCount} synthetic products + the demo catalog in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    let indexed = 0;
    await engine.rebuild((tx) => allSearchDocuments(tx ?? db), (n) => (indexed = n));
    console.log(`  built the search index (${indexed} products) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const noFilters = { categories: [], brands: [], priceBuckets: [], inStock: false };
    const step = async (i: number): Promise<[string, number]> => {
      const query = queries[i % queries.length]!;
      const kind = i % 10 === 9 ? "browse + filters" : i % 4 === 3 ? "suggestions" : "search page";
      const start = performance.now();
      if (kind === "suggestions") {
        await engine.search({ query, filters: noFilters, sort: "relevance", page: 1, pageSize: 6, withFacets: false });
      } else if (kind === "browse + filters") {
        const filters = { ...noFilters, categories: ["apparel"], priceBuckets: ["50-100"], inStock: true };
        await engine.search({ query: "", filters, sort: "price-asc", page: 1 + (i % 3), pageSize: 24 });
      } else {
        await engine.search({ query, filters: noFilters, sort: sorts[i % sorts.length]!, page: 1, pageSize: 24 });
      }
      return [kind, performance.now() - start];
    };

    await phase(users, step); // warm-up: caches, plans, JIT
    const single = await phase(1, step);
    report("One shopper at a time", single.samples, single.seconds, 1);
    const loaded = await phase(users, step);
    report(`${users} shoppers at once`, loaded.samples, loaded.seconds, users);
    const all = Object.values(loaded.samples).flat().sort((a, b) => a - b);
    console.log(`\n  all searches at ${users} concurrent: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms (target p95 ≤ 20 ms)`);
  } finally {
    await dbHandle.close();
    rmSync(mediaDir, { recursive: true, force: true });
    if (serverUrl) {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
});
