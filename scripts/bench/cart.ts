import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { runScript } from "../run-script";
import { runPhase, timed } from "./support/phase";
import { benchCommand, machineLoad, printTable } from "./support/report";
import { benchServerUrl, createTempDatabase } from "./support/temp-database";

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
const serverUrl = benchServerUrl();
const command = benchCommand("cart", {
  DATABASE_URL: serverUrl,
  REDIS_URL: process.env.REDIS_URL,
  BENCH_SHOPPERS: process.env.BENCH_SHOPPERS,
  BENCH_CART_OPS: process.env.BENCH_CART_OPS,
  BENCH_SECONDS: process.env.BENCH_SECONDS,
});

const phase = (step: Parameters<typeof runPhase>[1]) =>
  runPhase({ workers: shoppers, maxOps: opsPerPhase, seconds: secondsPerPhase }, step);

runScript(async () => {
  const redisHost = new URL(redisUrl).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(redisHost))
    throw new Error(`The cart bench only runs against a local Redis, not ${redisHost}`);

  console.log(`Command: ${command}`);
  console.log(`Machine at start: ${machineLoad()}`);
  // A temporary database, set before lib/env is first imported below.
  const database = await createTempDatabase(serverUrl);
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
    console.log(`Database: ${database.label}; Redis: ${redisUrl}`);
    await dbHandle.migrate();
    const made = await db
      .insert(products)
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          slug: `bench-${i}`,
          name: `Bench product ${i}`,
          status: "active" as const,
        })),
      )
      .returning({ id: products.id });
    await db
      .insert(productImages)
      .values(made.map((p) => ({ productId: p.id, path: "products/bench.webp", alt: "", width: 800, height: 800 })));
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
      await timed(record, "store add", () =>
        store.add(cartId, { variantId: pick(s), quantity: 1, cap: 99, seenUnitPrice: price }),
      );
      await timed(record, "store get", () => store.get(cartId));
    });
    printTable(`Redis store calls alone, ${shoppers} shoppers`, raw.samples, raw.seconds);

    const full = await phase(async (s, record) => {
      const quantity = 1 + Math.floor(Math.random() * 2);
      const cartId = cartOf(s);
      const result = await timed(record, "add to cart", () =>
        addToCartLine(cartId, { variantId: pick(s), quantity }, store),
      );
      if (!result.ok) throw new Error(`add failed: ${JSON.stringify(result)}`);
      await timed(record, "cart read", () => getCartById(cartId, store));
    });
    printTable(
      `Add to cart and cart read (what the action and the page run), ${shoppers} shoppers`,
      full.samples,
      full.seconds,
    );
    const lines = (await getCartById(carts[0]!.id, store)).lines.length;
    console.log(`\n  the first shopper's cart holds ${lines} lines at the end; machine at the end: ${machineLoad()}`);
    console.log(`  ${command}`);
  } finally {
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      if (keys.length > 0) await admin.del(keys);
    await admin.close();
    await connection.close();
    await dbHandle.close();
    await database.drop();
  }
});
