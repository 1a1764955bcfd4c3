import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { createClient } from "redis";
import { runScript } from "../run-script";

// Cart latency with the Redis store: 50 simulated shoppers at once, each adding to and
// reading its own cart, on a temporary database with seeded variants and a private Redis
// key prefix (both removed afterwards). It measures what the add-to-cart action and the
// cart page run (variant check + atomic Redis add; Redis read + pricing join + maths),
// without Next's HTTP and React rendering, and the Redis store calls alone.
//
// Env: REDIS_URL (127.0.0.1 only; default redis://127.0.0.1:6379); BENCH_DATABASE_URL or
// DATABASE_URL for a Postgres server to create the temporary database on (else in-memory
// PGlite); BENCH_SHOPPERS (50), BENCH_CART_OPS (10000 per phase), BENCH_SECONDS (60 per phase).

const shoppers = Number(process.env.BENCH_SHOPPERS ?? 50);
const opsPerPhase = Number(process.env.BENCH_CART_OPS ?? 10_000);
const secondsPerPhase = Number(process.env.BENCH_SECONDS ?? 60);
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

type Sample = Record<string, number[]>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(title: string, samples: Sample, wallSeconds: number) {
  console.log(`\n${title} (${shoppers} shoppers, ${wallSeconds.toFixed(1)} s)`);
  console.log("  operation        count    p50 ms   p95 ms   p99 ms   max ms    ops/s");
  const fmt = (n: number, width: number) => n.toFixed(2).padStart(width);
  for (const [name, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(14)} ${String(sorted.length).padStart(7)} ${fmt(percentile(sorted, 50), 8)} ${fmt(percentile(sorted, 95), 8)} ${fmt(percentile(sorted, 99), 8)} ${fmt(sorted.at(-1) ?? NaN, 8)} ${fmt(sorted.length / wallSeconds, 8)}`,
    );
  }
}

/** Runs `shoppers` loops of `step` until the phase's op or time budget is spent. */
async function phase(step: (shopper: number, record: (name: string, ms: number) => void) => Promise<void>) {
  const samples: Sample = {};
  let ops = 0;
  const started = performance.now();
  const deadline = started + secondsPerPhase * 1000;
  const record = (name: string, ms: number) => {
    (samples[name] ??= []).push(ms);
    ops += 1;
  };
  // The first failure stops every shopper before cleanup starts, so none writes after it.
  let failed = false;
  const results = await Promise.allSettled(
    Array.from({ length: shoppers }, async (_, shopper) => {
      try {
        while (!failed && ops < opsPerPhase && performance.now() < deadline) await step(shopper, record);
      } catch (error) {
        failed = true;
        throw error;
      }
    }),
  );
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return { samples, seconds: (performance.now() - started) / 1000 };
}

async function timed<T>(record: (name: string, ms: number) => void, name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  record(name, performance.now() - start);
  return result;
}

runScript(async () => {
  const redisHost = new URL(redisUrl).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(redisHost)) throw new Error(`The cart bench only runs against a local Redis, not ${redisHost}`);

  // A temporary database, set before lib/env is first imported below.
  const dbName = `sf_bench_${randomBytes(5).toString("hex")}`;
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
  process.env.REDIS_URL = redisUrl;
  const prefix = `bench:${randomBytes(5).toString("hex")}:`;

  const { db, dbHandle } = await import("@/db");
  const { products, productVariants, productImages } = await import("@/db/schema");
  const { env } = await import("@/lib/env");
  const { newCartId } = await import("@/lib/cart/cart-id");
  const { createRedisCartStore } = await import("@/lib/cart/store/redis-store");
  const { connectRedisTcp } = await import("@/lib/cart/store/redis-tcp");
  const { addToCartLine } = await import("@/lib/cart/mutations");
  const { getCartById } = await import("@/lib/cart/price-cart");
  const connection = connectRedisTcp(redisUrl);

  try {
    console.log(`Database: ${serverUrl ? `Postgres server (temporary ${dbName})` : "in-memory PGlite"}; Redis: ${redisUrl}`);
    await dbHandle.migrate();
    const made = await db
      .insert(products)
      .values(Array.from({ length: 40 }, (_, i) => ({ slug: `bench-${i}`, name: `Bench product ${i}`, status: "active" as const })))
      .returning({ id: products.id });
    await db.insert(productImages).values(made.map((p) => ({ productId: p.id, path: "products/bench.webp", alt: "", width: 800, height: 800 })));
    const variantIds = (
      await db
        .insert(productVariants)
        .values(
          made.flatMap((p, i) =>
            Array.from({ length: 5 }, (_, v) => ({
              productId: p.id,
              sku: `BENCH-${i}-${v}`,
              title: `Size ${v}`,
              options: { Size: String(v) },
              priceAmount: 1000 + i * 100 + v,
              currency: env.STORE_CURRENCY,
              stock: 1_000_000,
            })),
          ),
        )
        .returning({ id: productVariants.id })
    ).map((v) => v.id);

    const store = createRedisCartStore({ kind: "redis", client: connection, prefix });
    // Each simulated shopper keeps to 8 variants and, after 20 adds, checks out and a new
    // shopper with a new cart takes their place: carts stay a realistic size.
    const carts = Array.from({ length: shoppers }, () => ({ id: newCartId(), adds: 0 }));
    const cartOf = (shopper: number) => {
      const cart = carts[shopper]!;
      if (++cart.adds > 20) Object.assign(cart, { id: newCartId(), adds: 1 });
      return cart.id;
    };
    const pick = (shopper: number) => variantIds[(shopper * 8 + Math.floor(Math.random() * 8)) % variantIds.length]!;
    const price = { amount: 1000, currency: env.STORE_CURRENCY };

    await phase(async (s, record) => {
      const cartId = cartOf(s);
      await addToCartLine(cartId, { variantId: pick(s), quantity: 1 }, store);
      await getCartById(cartId, store);
      record("warm-up", 0);
    });

    const raw = await phase(async (s, record) => {
      const cartId = cartOf(s);
      await timed(record, "store add", () => store.add(cartId, { variantId: pick(s), quantity: 1, cap: 99, seenUnitPrice: price }));
      await timed(record, "store get", () => store.get(cartId));
    });
    report("Redis store calls alone", raw.samples, raw.seconds);

    const full = await phase(async (s, record) => {
      const quantity = 1 + Math.floor(Math.random() * 2);
      const cartId = cartOf(s);
      const result = await timed(record, "add to cart", () => addToCartLine(cartId, { variantId: pick(s), quantity }, store));
      if (!result.ok) throw new Error(`add failed: ${JSON.stringify(result)}`);
      await timed(record, "cart read", () => getCartById(cartId, store));
    });
    report("Add to cart and cart read (what the action and the page run)", full.samples, full.seconds);
    const lines = (await getCartById(carts[0]!.id, store)).lines.length;
    console.log(`\n  the first shopper's cart holds ${lines} lines at the end`);
  } finally {
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length > 0) await admin.del(keys);
    await admin.close();
    await connection.close();
    await dbHandle.close();
    if (serverUrl) {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
});
