import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { runScript } from "../run-script";
import { ownCpuMs, postgresCpuMs } from "./support/cpu";
import { runPhase } from "./support/phase";
import { benchCommand, machineLoad, printTable, type Samples, summarize } from "./support/report";
import { type BenchRequest, type BenchRequestKind, benchRequests, zipf } from "./support/search-requests";
import { benchServerUrl, createTempDatabase } from "./support/temp-database";

// Search on the Postgres engine: 10,000 synthetic products (plus the demo catalog) in a
// temporary database, shoppers running what /search runs (typo lookup, hits and facet counts)
// or what the box's suggestions run. Phases, each on the engine alone unless said:
//   cost per request  one shopper; the server's and this process's CPU time per request of
//                     each kind, which a busy machine inflates far less than latency
//   1 shopper         latency with no contention
//   N shoppers        back to back, no think time: the hardest honest figure (issue 7's target)
//   N shoppers        pausing BENCH_THINK_MS (0.5–1.5×) between requests, as people do
// (The /search page and the suggestions are cached by query for every instance, until the
// index changes: `npm run bench -- pages` measures them through the cache.)
//
// Env: BENCH_DATABASE_URL or DATABASE_URL for a Postgres server to create the temporary
// database on (else in-memory PGlite); BENCH_SEARCH_PRODUCTS (10000), BENCH_SEARCH_USERS (20),
// BENCH_THINK_MS (1000), BENCH_SEARCHES (4000 per phase), BENCH_SECONDS (60 per phase), and
// BENCH_COST_REQUESTS (300 of each kind for the cost phase).

const productCount = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000);
const users = Number(process.env.BENCH_SEARCH_USERS ?? 20);
const searchesPerPhase = Number(process.env.BENCH_SEARCHES ?? 4_000);
const secondsPerPhase = Number(process.env.BENCH_SECONDS ?? 60);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1_000);
const costRequests = Number(process.env.BENCH_COST_REQUESTS ?? 300);
const serverUrl = benchServerUrl();
const command = benchCommand("search", {
  DATABASE_URL: serverUrl,
  BENCH_SEARCH_PRODUCTS: process.env.BENCH_SEARCH_PRODUCTS,
  BENCH_SEARCH_USERS: process.env.BENCH_SEARCH_USERS,
  BENCH_THINK_MS: process.env.BENCH_THINK_MS,
  BENCH_SEARCHES: process.env.BENCH_SEARCHES,
  BENCH_SECONDS: process.env.BENCH_SECONDS,
  BENCH_COST_REQUESTS: process.env.BENCH_COST_REQUESTS,
});

type Reader = { search: (request: BenchRequest["request"]) => Promise<unknown> };

runScript(async () => {
  console.log(`Command: ${command}`);
  console.log(`Machine at start: ${machineLoad()}`);
  // A temporary database and media folder, set before lib/env is first imported below.
  const database = await createTempDatabase(serverUrl, " (one connection: searches queue)");
  const mediaDir = mkdtempSync(path.join(tmpdir(), "search-bench-"));
  process.env.DATA_DIR = mediaDir;

  const { db, dbHandle, selectRows } = await import("@/db");
  const { sql } = await import("drizzle-orm");
  const { seedCatalog, seedSyntheticProducts } = await import("@/db/seed");
  const { createPostgresEngine } = await import("@/lib/search/postgres/engine");
  const { allSearchDocuments } = await import("@/lib/search/documents");
  const engine = createPostgresEngine(db);

  try {
    console.log(`Database: ${database.label}`);
    await dbHandle.migrate();
    let started = performance.now();
    await seedCatalog(db);
    await seedSyntheticProducts(db, productCount);
    console.log(
      `  seeded ${productCount} synthetic products + the demo catalog in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    let indexed = 0;
    await engine.rebuild(
      (tx) => allSearchDocuments(tx ?? db),
      (n) => (indexed = n),
    );
    console.log(
      `  built the search index (${indexed} products) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const universe = await benchRequests();
    console.log(`  ${universe.length} distinct requests, picked Zipf-distributed`);
    const phase = (workers: number, reader: Reader, seed: number, think = 0) => {
      const next = zipf(universe.length, seed);
      return runPhase(
        { workers, maxOps: searchesPerPhase, seconds: secondsPerPhase, thinkMs: think },
        async (_, record) => {
          const { kind, request } = universe[next()]!;
          const start = performance.now();
          await reader.search(request);
          record(kind, performance.now() - start);
        },
      );
    };
    const backends = async () =>
      (
        await selectRows<{ pid: number }>(db, sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
      ).map((r) => Number(r.pid));

    await runPhase({ workers: users, maxOps: 2_000, seconds: 20 }, async () => {
      await engine.search(universe[Math.floor(Math.random() * universe.length)]!.request);
    }); // warm-up: caches, plans, the pool's connections

    console.log(
      `\nCost per request, one shopper, ${costRequests} distinct requests of each kind (machine: ${machineLoad()})`,
    );
    console.log("  operation             wall ms   server CPU ms   bench CPU ms");
    for (const kind of ["suggestions", "search page", "browse + filters"] satisfies BenchRequestKind[]) {
      const requests = universe.filter((r) => r.kind === kind).slice(0, costRequests);
      const pids = await backends();
      const [server0, own0, wall0] = [postgresCpuMs(pids), ownCpuMs(), performance.now()];
      for (const { request } of requests) await engine.search(request);
      const [server1, own1, wall1] = [postgresCpuMs(pids), ownCpuMs(), performance.now()];
      const per = (a: number | null, b: number | null) =>
        a === null || b === null ? "n/a".padStart(8) : ((b - a) / requests.length).toFixed(2).padStart(8);
      console.log(
        `  ${kind.padEnd(18)} ${per(wall0, wall1)} ${per(server0, server1).padStart(15)} ${per(own0, own1).padStart(14)}`,
      );
    }

    const single = await phase(1, engine, 2);
    printTable("Engine alone, 1 shopper", single.samples, single.seconds);
    const loaded = await phase(users, engine, 3);
    printTable(`Engine alone, ${users} shoppers at once, no think time`, loaded.samples, loaded.seconds);
    const loadAfterBusy = machineLoad();
    const thinking = await phase(users, engine, 4, thinkMs);
    printTable(
      `Engine alone, ${users} shoppers at once, ~${thinkMs} ms think time`,
      thinking.samples,
      thinking.seconds,
    );

    const line = (label: string, samples: Samples) => console.log(`  ${label.padEnd(44)} ${summarize(samples)}`);
    console.log(`\nAll searches (target: p95 ≤ 20 ms at ${users} shoppers, no think time)`);
    line(`engine alone, ${users} at once, no think time`, loaded.samples);
    line(`engine alone, ${users} at once, ~${thinkMs} ms think`, thinking.samples);
    console.log(`  machine after the no-think-time phase: ${loadAfterBusy}; at the end: ${machineLoad()}`);
    console.log(`  ${command}`);
  } finally {
    await dbHandle.close();
    rmSync(mediaDir, { recursive: true, force: true });
    await database.drop();
  }
});
