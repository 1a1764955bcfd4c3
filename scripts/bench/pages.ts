import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createClient } from "redis";
import { runScript } from "../run-script";
import { drive, type LoadResult, type LoadTarget } from "./support/http-load";
import { lighthouseMedian } from "./support/lighthouse";
import { runPhase, timed } from "./support/phase";
import { benchCommand, machineLoad, printTable } from "./support/report";
import { assertBuilt, freePort, startStore } from "./support/store-server";
import { benchServerUrl, createTempDatabase } from "./support/temp-database";

// What a shopper's pages cost on the built store (`next start`, which this bench does not
// build) on Postgres + Redis: a temporary database seeded with the demo catalog, a Redis
// database of its own, the store started, every page warmed, then each target driven by
// BENCH_CONNECTIONS clients for BENCH_SECONDS: home, a category, a product, a search, the
// suggestions API, add-to-cart (the server action over HTTP, each request a new shopper with
// a fresh cart), and last the same server's 404 page, the ceiling every page is compared to.
// Then add-to-cart as 20 shoppers use it (each pausing BENCH_THINK_MS, 0.5–1.5×, between
// adds, as people do, where the connections above send back to back). Before any load,
// Lighthouse's mobile scores for home, category and product (median of
// BENCH_LIGHTHOUSE_RUNS runs; 0 skips them). Figures, not pass/fail.
//
// Env: DATABASE_URL (or BENCH_DATABASE_URL) and REDIS_URL, both on this machine;
// BENCH_REDIS_DB (13: emptied before and after), BENCH_CONNECTIONS (20), BENCH_SECONDS (10),
// BENCH_THINK_MS (1000), BENCH_LIGHTHOUSE_RUNS (3), NEXT_DIST_DIR (the build to run, default .next).

const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1_000);
const redisDb = Number(process.env.BENCH_REDIS_DB ?? 13);
const serverUrl = benchServerUrl();
const command = benchCommand("pages", {
  DATABASE_URL: serverUrl,
  REDIS_URL: process.env.REDIS_URL,
  BENCH_CONNECTIONS: process.env.BENCH_CONNECTIONS,
  BENCH_SECONDS: process.env.BENCH_SECONDS,
  BENCH_LIGHTHOUSE_RUNS: process.env.BENCH_LIGHTHOUSE_RUNS,
});

runScript(async () => {
  const local = ["127.0.0.1", "localhost", "[::1]"];
  if (!serverUrl || !process.env.REDIS_URL)
    throw new Error("The pages bench needs DATABASE_URL (a Postgres server) and REDIS_URL");
  const redisUrl = new URL(process.env.REDIS_URL);
  if (!local.includes(redisUrl.hostname) || !local.includes(new URL(serverUrl).hostname)) {
    throw new Error("The pages bench only runs against a Postgres and a Redis on this machine");
  }
  assertBuilt();
  redisUrl.pathname = `/${redisDb}`;

  console.log(`Command: ${command}`);
  console.log(`Machine at start: ${machineLoad()}`);
  const database = await createTempDatabase(serverUrl);
  const dataDir = mkdtempSync(path.join(tmpdir(), "pages-bench-"));
  const env = { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: redisUrl.toString(), DATA_DIR: dataDir };
  const redis = createClient({ url: redisUrl.toString() });
  await redis.connect();
  await redis.flushDb();
  let stopStore = async () => {};
  try {
    console.log(`Database: ${database.label}; Redis: database ${redisDb} on ${redisUrl.host}`);
    await run("tsx", ["scripts/seed.ts"], env);

    const port = await freePort();
    const site = `http://localhost:${port}`;
    const store = await startStore(
      // TRUSTED_PROXY_HOPS=1: the bench is the proxy, so the addresses it forwards are believed.
      {
        ...env,
        SITE_URL: site,
        AUTH_URL: site,
        AUTH_TRUST_HOST: "true",
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        TRUSTED_PROXY_HOPS: "1",
      },
      { port },
    );
    stopStore = store.stop;

    const targets = await pickTargets(process.env.DATABASE_URL!);
    console.log(`Store: ${site}; category ${targets.category}, product ${targets.product}, search “${targets.word}”`);
    const pages: LoadTarget[] = [
      { name: "home", path: "/" },
      { name: "category", path: `/categories/${targets.category}` },
      { name: "product", path: `/products/${targets.product}` },
      { name: "search page", path: `/search?q=${encodeURIComponent(targets.word)}` },
      // Many shoppers typing, each from an address of its own: the per-IP limit (600 a minute)
      // is counted on every request, and this measures that cost, not a stream of 429s.
      {
        name: "suggestions API",
        path: `/api/search/suggestions?q=${encodeURIComponent(targets.word.slice(0, 4))}`,
        eachRequest: () => ({ "x-forwarded-for": `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}` }),
      },
      addToCart(`/products/${targets.product}`, targets.variantId),
    ];
    const ceiling: LoadTarget = {
      name: "404 (ceiling)",
      path: `/no-such-page-${randomBytes(4).toString("hex")}`,
      expect: [404],
    };

    for (const target of [...pages, ceiling]) await warm(site, target);
    // First, on a quiet machine: Lighthouse measures one visitor's browser, not a busy server.
    if (lighthouseRuns > 0) {
      console.log(`\nLighthouse, mobile (median of ${lighthouseRuns})`);
      console.log("  page        perf  a11y   seo    LCP ms    TBT ms     CLS");
      for (const target of pages.slice(0, 3)) {
        const f = await lighthouseMedian(site + target.path, lighthouseRuns);
        console.log(
          `  ${target.name.padEnd(10)} ${String(f.performance).padStart(5)} ${String(f.accessibility).padStart(5)} ${String(f.seo).padStart(5)} ${f.lcpMs.toFixed(0).padStart(9)} ${f.tbtMs.toFixed(0).padStart(9)} ${f.cls.toFixed(3).padStart(7)}`,
        );
      }
    }
    const results: LoadResult[] = [];
    for (const target of [...pages, ceiling]) {
      process.stdout.write(`  driving ${target.name}…\n`);
      results.push(await drive(site, target, { connections, seconds, serverCpuMs: store.cpuMs }));
    }
    printResults(results, connections, seconds);

    const add = pages.at(-1)!;
    const post = () =>
      fetch(site + add.path, {
        method: "POST",
        headers: { ...add.headers, ...add.eachRequest!() },
        body: add.body?.toString(),
      });
    // A shopper's connection is open by the time they add (they loaded the page): each one's
    // first request, which also opens it, is not counted.
    const connected = new Set<number>();
    const shoppers = await runPhase(
      { workers: connections, maxOps: Infinity, seconds, thinkMs },
      async (shopper, record) => {
        const response = connected.has(shopper) ? await timed(record, "add to cart", post) : await post();
        connected.add(shopper);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`add to cart answered ${response.status}`);
      },
    );
    printTable(
      `${connections} shoppers adding to their carts, pausing about ${thinkMs} ms between adds`,
      shoppers.samples,
      shoppers.seconds,
    );

    console.log(`\nMachine at end: ${machineLoad()}`);
  } finally {
    await stopStore();
    await redis.flushDb().catch(() => {});
    await redis.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/**
 * The add-to-cart server action as the browser posts it (React's encoding of `(state,
 * formData)`), each request a new shopper's first add: a cart cookie nobody used yet, as the
 * header's /api/visitor gives every guest on their first page.
 */
function addToCart(pagePath: string, variantId: number): LoadTarget {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actionId = Object.entries(manifest.node).find(
    ([, a]) => a.filename.endsWith("cart/actions/add-to-cart.ts") && a.exportedName === "addToCart",
  )?.[0];
  if (!actionId) throw new Error(`No addToCart action in ${distDir}/server/server-reference-manifest.json`);
  const boundary = "----bench" + randomBytes(8).toString("hex");
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body =
    field("_1_variantId", String(variantId)) +
    field("_1_quantity", "1") +
    field("0", '[null,"$K1"]') +
    `--${boundary}--\r\n`;
  return {
    name: "add to cart",
    path: pagePath,
    method: "POST",
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body,
    eachRequest: () => ({ cookie: `cart=${randomBytes(16).toString("base64url")}` }),
  };
}

async function pickTargets(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [category] = await sql<{ slug: string }[]>`
      SELECT c.slug FROM categories c JOIN products p ON p.category_id = c.id AND p.status = 'active'
      GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1`;
    const [product] = await sql<{ slug: string; name: string; variantId: number }[]>`
      SELECT p.slug, p.name, v.id AS "variantId" FROM products p JOIN product_variants v ON v.product_id = p.id
      WHERE p.status = 'active' AND v.stock > 10 ORDER BY p.id, v.id LIMIT 1`;
    if (!category || !product) throw new Error("The seeded catalog has no category or product to drive");
    const word = product.name.split(/\s+/).at(-1)!.toLowerCase();
    return { category: category.slug, product: product.slug, variantId: product.variantId, word };
  } finally {
    await sql.end();
  }
}

/** The first request renders and caches a page; the bench measures the pages shoppers get after. */
async function warm(site: string, target: LoadTarget) {
  for (let i = 0; i < 3; i++) {
    const response = await fetch(site + target.path, {
      method: target.method,
      headers: target.headers,
      body: target.body?.toString(),
    });
    await response.arrayBuffer();
    if (!(target.expect ?? [200]).includes(response.status))
      throw new Error(`${target.name} (${target.path}) answered ${response.status}`);
  }
}

function printResults(results: LoadResult[], connections: number, seconds: number) {
  const ceiling = results.at(-1)!;
  console.log(`\n${connections} connections, ${seconds} s each`);
  console.log("  target             req/s   p50 ms   p95 ms   p99 ms   of 404  CPU ms/req  failed");
  for (const r of results) {
    const share = `${((100 * r.perSecond) / ceiling.perSecond).toFixed(0)}%`;
    console.log(
      `  ${r.name.padEnd(16)} ${r.perSecond.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${share.padStart(8)} ${r.cpuMs.toFixed(2).padStart(11)} ${String(r.failures).padStart(7)}`,
    );
  }
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join("node_modules/.bin", cmd), args, {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with code ${code}`)),
    );
  });
}
