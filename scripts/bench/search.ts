import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { runScript } from "../run-script";

// Search latency on the Postgres engine: 10,000 synthetic products (plus the demo catalog)
// in a temporary database, BENCH_SEARCH_USERS shoppers searching at once, each running what
// /search runs (typo lookup, hits and facet counts) or what the box's suggestions run.
// Shoppers wait BENCH_THINK_MS between searches (0: back to back, the worst case). Phases:
// the engine alone (every search hits Postgres) and through the per-process result cache
// the app uses (lib/search/result-cache.ts), where repeated searches are answered from memory.
//
// Env: BENCH_DATABASE_URL or DATABASE_URL for a Postgres server to create the temporary
// database on (else in-memory PGlite); BENCH_SEARCH_PRODUCTS (10000), BENCH_SEARCH_USERS
// (20), BENCH_THINK_MS (0), BENCH_SEARCHES (4000 per phase), BENCH_SECONDS (60 per phase):
// each phase is bounded by whichever budget runs out first.

const productCount = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000);
const users = Number(process.env.BENCH_SEARCH_USERS ?? 20);
const searchesPerPhase = Number(process.env.BENCH_SEARCHES ?? 4_000);
const secondsPerPhase = Number(process.env.BENCH_SECONDS ?? 60);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 0);
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

type Request = { kind: "search page" | "suggestions" | "browse + filters"; request: Record<string, unknown> };

/** A deterministic generator, so every run searches for the same things. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Distinct requests shoppers make, most popular first: product words, "series + kind" and
 * "feature + kind" names from the synthetic catalog, misspellings, what the box asks for as
 * each is typed, and filtered browsing. Shoppers then pick them Zipf-distributed (the n-th
 * most popular about 1/n as often as the first), so the result cache sees repeats and a long
 * tail, as a real store does.
 */
function requestUniverse(series: string[], kinds: { noun: string; features: string[] }[], categories: string[]): Request[] {
  const rng = mulberry32(7);
  const pick = <T,>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  const typo = (word: string) => {
    const at = 1 + Math.floor(rng() * Math.max(1, word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const noFilters = { categories: [], brands: [], priceBuckets: [], inStock: false };
  const phrases = new Set<string>();
  while (phrases.size < 1500) {
    const kind = pick(kinds);
    const roll = rng();
    const phrase =
      roll < 0.3 ? kind.noun : roll < 0.55 ? `${pick(series)} ${kind.noun}` : roll < 0.8 ? `${pick(kind.features)} ${kind.noun}` : `${pick(series)} ${pick(kind.features)}`;
    phrases.add((rng() < 0.2 ? phrase.split(" ").map((w, i) => (i === 0 ? typo(w) : w)).join(" ") : phrase).toLowerCase());
  }
  const requests: Request[] = [];
  for (const phrase of phrases) {
    const sort = rng() < 0.8 ? "relevance" : pick(["price-asc", "price-desc", "newest"]);
    requests.push({ kind: "search page", request: { query: phrase, filters: noFilters, sort, page: rng() < 0.85 ? 1 : 2, pageSize: 24 } });
    for (let n = 2; n <= phrase.length; n += 1 + Math.floor(rng() * 3)) {
      requests.push({ kind: "suggestions", request: { query: phrase.slice(0, n), filters: noFilters, sort: "relevance", page: 1, pageSize: 6, withFacets: false } });
    }
  }
  for (let i = 0; i < 600; i++) {
    const filters = { categories: [pick(categories)], brands: [], priceBuckets: rng() < 0.5 ? [pick(["0-25", "25-50", "50-100", "100-200", "200-up"])] : [], inStock: rng() < 0.5 };
    requests.push({ kind: "browse + filters", request: { query: "", filters, sort: pick(["relevance", "price-asc", "newest"]), page: 1 + Math.floor(rng() * 3), pageSize: 24 } });
  }
  // Shuffle, so popularity does not follow the order above.
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [requests[i], requests[j]] = [requests[j]!, requests[i]!];
  }
  return requests;
}

function zipf(n: number, seed: number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= n; rank++) cdf.push((sum += 1 / rank));
  const rng = mulberry32(seed);
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

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
async function phase(concurrency: number, step: () => Promise<[string, number]>) {
  const samples: Record<string, number[]> = {};
  let done = 0;
  const started = performance.now();
  const deadline = started + secondsPerPhase * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < searchesPerPhase && performance.now() < deadline) {
        done += 1;
        const [name, ms] = await step();
        (samples[name] ??= []).push(ms);
        if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
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
  const { createSearchResultCache, withResultCache } = await import("@/lib/search/result-cache");
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

    const { series, templates } = await import("@/db/seed/synthetic-data");
    const { seedCategories } = await import("@/db/seed/data");
    const universe = requestUniverse(
      series,
      templates.flatMap((t) => Object.entries(t.kinds).map(([noun, [features]]) => ({ noun, features }))),
      seedCategories.map((c) => c.slug),
    );
    console.log(`  ${universe.length} distinct requests, picked Zipf-distributed`);
    const stepWith = (reader: Pick<typeof engine, "search">, seed: number) => {
      const next = zipf(universe.length, seed);
      return async (): Promise<[string, number]> => {
        const { kind, request } = universe[next()]!;
        const start = performance.now();
        await reader.search(request as Parameters<typeof engine.search>[0]);
        return [kind, performance.now() - start];
      };
    };
    const summary = (samples: Record<string, number[]>) => {
      const all = Object.values(samples).flat().sort((a, b) => a - b);
      return `p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms`;
    };
    const think = thinkMs > 0 ? `, ~${thinkMs} ms think time` : ", no think time";

    await phase(users, stepWith(engine, 1)); // warm-up: caches, plans, JIT
    const single = await phase(1, stepWith(engine, 2));
    report("Engine alone, one shopper at a time", single.samples, single.seconds, 1);
    const loaded = await phase(users, stepWith(engine, 3));
    report(`Engine alone, ${users} shoppers at once${think}`, loaded.samples, loaded.seconds, users);
    // The cache starts cold: this phase pays for every first search of a request.
    const cached = withResultCache(engine, createSearchResultCache(), "postgres");
    const app = await phase(users, stepWith(cached, 3));
    report(`Through the result cache, ${users} shoppers at once${think}`, app.samples, app.seconds, users);
    console.log(`\n  all searches, ${users} concurrent${think}: engine alone ${summary(loaded.samples)}; with the result cache ${summary(app.samples)} (target p95 ≤ 20 ms)`);
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
