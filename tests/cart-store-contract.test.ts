import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { newCartId } from "@/lib/cart/cart-id";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { createRedisCartStore } from "@/lib/cart/store/redis-store";
import { connectRedisTcp } from "@/lib/cart/store/redis-tcp";
import type { CartStore } from "@/lib/cart/store/types";
import { connectUpstash } from "@/lib/cart/store/upstash";
import { money } from "@/lib/money";
import { startUpstashBridge } from "./helpers/upstash-bridge";

// One contract, every cart store: Redis over TCP and Upstash REST (through a local bridge)
// against the real Redis at REDIS_URL, and the Postgres tables on this project's database
// (PGlite, or the server when DATABASE_URL is set).

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.log("[cart-store-contract] Redis and Upstash stores skipped: REDIS_URL is not set");

const TTL = 2; // seconds; short so expiry can be observed in a test
const usd = (amount: number) => money(amount, "USD");

type Harness = { make(ttlSeconds?: number): CartStore; close(): Promise<void> };

async function redisHarness(kind: "redis" | "upstash"): Promise<Harness> {
  const prefix = `test:${randomBytes(6).toString("hex")}:`;
  const tcp = connectRedisTcp(redisUrl!);
  const bridge = kind === "upstash" ? await startUpstashBridge({ redisUrl: redisUrl! }) : undefined;
  const client = bridge ? connectUpstash(bridge.url, bridge.token) : tcp;
  return {
    make: (ttlSeconds) => createRedisCartStore({ kind, client, prefix, ttlSeconds }),
    async close() {
      const admin = createClient({ url: redisUrl });
      await admin.connect();
      for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
        if (keys.length > 0) await admin.del(keys);
      }
      await admin.close();
      await bridge?.close();
      await tcp.close();
    },
  };
}

const harnesses: [string, () => Promise<Harness>, boolean][] = [
  ["redis (TCP)", () => redisHarness("redis"), Boolean(redisUrl)],
  ["upstash (REST bridge)", () => redisHarness("upstash"), Boolean(redisUrl)],
  [
    "postgres",
    async () => ({ make: (ttlSeconds) => createPostgresCartStore(db, { ttlSeconds }), close: async () => {} }),
    true,
  ],
];

describe.each(harnesses)("cart store contract: %s", (_name, createHarness, enabled) => {
  let harness: Harness;
  let store: CartStore;
  beforeAll(async () => {
    if (!enabled) return;
    harness = await createHarness();
    store = harness.make();
  });
  afterAll(async () => harness?.close());

  const test = enabled ? it : it.skip;

  test("has no cart for an id never used", async () => {
    expect(await store.get(newCartId())).toBeNull();
  });

  test("adds lines, accumulates quantities and keeps the price the shopper saw", async () => {
    const cart = newCartId();
    expect(await store.add(cart, { variantId: 1, quantity: 2, cap: 99, seenUnitPrice: usd(1000) })).toEqual({
      quantity: 2,
      added: 2,
      cartItems: 2,
    });
    expect(await store.add(cart, { variantId: 2, quantity: 1, cap: 99, seenUnitPrice: usd(500) })).toEqual({
      quantity: 1,
      added: 1,
      cartItems: 3,
    });
    expect(await store.add(cart, { variantId: 1, quantity: 3, cap: 99, seenUnitPrice: usd(1200) })).toEqual({
      quantity: 5,
      added: 3,
      cartItems: 6,
    });
    const got = await store.get(cart);
    expect(got?.lines.map((l) => [l.variantId, l.quantity, l.seenUnitPrice])).toEqual([
      [1, 5, usd(1200)],
      [2, 1, usd(500)],
    ]);
    expect(got?.lines[0]?.addedAt).toBeInstanceOf(Date);
  });

  test("caps an add at the cap and never lowers a line already above it", async () => {
    const cart = newCartId();
    expect(await store.add(cart, { variantId: 7, quantity: 5, cap: 3, seenUnitPrice: usd(100) })).toEqual({
      quantity: 3,
      added: 3,
      cartItems: 3,
    });
    expect(await store.add(cart, { variantId: 7, quantity: 1, cap: 3, seenUnitPrice: usd(100) })).toEqual({
      quantity: 3,
      added: 0,
      cartItems: 3,
    });
    expect(await store.add(cart, { variantId: 7, quantity: 1, cap: 2, seenUnitPrice: usd(100) })).toEqual({
      quantity: 3,
      added: 0,
      cartItems: 3,
    });
    expect(await store.add(cart, { variantId: 8, quantity: 1, cap: 0, seenUnitPrice: usd(100) })).toEqual({
      quantity: 0,
      added: 0,
      cartItems: 3,
    });
    expect((await store.get(cart))?.lines.map((l) => [l.variantId, l.quantity])).toEqual([[7, 3]]);
  });

  test("20 parallel adds of one variant end with the right quantity, never above the cap", async () => {
    const open = newCartId();
    const capped = newCartId();
    const add = (cart: string, cap: number) =>
      store.add(cart, { variantId: 3, quantity: 1, cap, seenUnitPrice: usd(100) });
    const results = await Promise.all(Array.from({ length: 20 }, () => [add(open, 99), add(capped, 15)]).flat());
    expect((await store.get(open))?.lines[0]?.quantity).toBe(20);
    expect((await store.get(capped))?.lines[0]?.quantity).toBe(15);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(35);
  });

  test("sets a quantity, removes at 0, and never creates a line by editing", async () => {
    const cart = newCartId();
    await store.add(cart, { variantId: 1, quantity: 1, cap: 99, seenUnitPrice: usd(100) });
    await store.add(cart, { variantId: 2, quantity: 1, cap: 99, seenUnitPrice: usd(100) });
    expect(await store.setQuantity(cart, 1, 4, usd(90))).toBe(true);
    expect(await store.setQuantity(cart, 2, 0)).toBe(true);
    expect(await store.setQuantity(cart, 9, 3)).toBe(false);
    const lines = (await store.get(cart))?.lines;
    expect(lines?.map((l) => [l.variantId, l.quantity, l.seenUnitPrice])).toEqual([[1, 4, usd(90)]]);
  });

  test("removes a line once and clears a cart", async () => {
    const cart = newCartId();
    await store.add(cart, { variantId: 1, quantity: 1, cap: 99, seenUnitPrice: usd(100) });
    await store.add(cart, { variantId: 2, quantity: 1, cap: 99, seenUnitPrice: usd(100) });
    expect(await store.remove(cart, 1)).toBe(true);
    expect(await store.remove(cart, 1)).toBe(false);
    expect((await store.get(cart))?.lines.map((l) => l.variantId)).toEqual([2]);
    await store.clear(cart);
    expect(await store.get(cart)).toBeNull();
  });

  test("keeps carts apart", async () => {
    const [a, b] = [newCartId(), newCartId()];
    await store.add(a, { variantId: 1, quantity: 2, cap: 99, seenUnitPrice: usd(100) });
    expect(await store.get(b)).toBeNull();
    expect(await store.remove(b, 1)).toBe(false);
    expect((await store.get(a))?.lines[0]?.quantity).toBe(2);
  });

  test("merges a guest cart into another: adds quantities, caps them, drops the source", async () => {
    const [guest, account] = [newCartId(), newCartId()];
    await store.add(account, { variantId: 1, quantity: 2, cap: 99, seenUnitPrice: usd(100) });
    await store.add(account, { variantId: 4, quantity: 6, cap: 99, seenUnitPrice: usd(100) });
    await sleep(5); // lines are ordered by the millisecond they were added
    await store.add(guest, { variantId: 1, quantity: 3, cap: 99, seenUnitPrice: usd(110) });
    await store.add(guest, { variantId: 2, quantity: 5, cap: 99, seenUnitPrice: usd(200) });
    await store.add(guest, { variantId: 3, quantity: 1, cap: 99, seenUnitPrice: usd(300) });
    await store.add(guest, { variantId: 4, quantity: 1, cap: 99, seenUnitPrice: usd(400) });
    // 2 is capped by stock, 3 has none (sold out or gone), 4 is already above its cap.
    await store.merge(
      guest,
      account,
      new Map([
        [1, 99],
        [2, 4],
        [4, 5],
      ]),
    );
    const lines = (await store.get(account))?.lines;
    expect(lines?.map((l) => [l.variantId, l.quantity, l.seenUnitPrice.amount])).toEqual([
      [1, 5, 100],
      [4, 6, 100],
      [2, 4, 200],
    ]);
    expect(await store.get(guest)).toBeNull();
    await store.merge(newCartId(), account, new Map());
    expect((await store.get(account))?.lines).toHaveLength(3);
  });

  test("assigns one cart per account; the first claim wins under concurrency", async () => {
    const user = `user-${randomBytes(4).toString("hex")}`;
    expect(await store.getUserCartId(user)).toBeNull();
    const candidates = Array.from({ length: 5 }, () => newCartId());
    const claimed = await Promise.all(candidates.map((c) => store.claimUserCart(user, c)));
    expect(new Set(claimed).size).toBe(1);
    expect(candidates).toContain(claimed[0]);
    expect(await store.getUserCartId(user)).toBe(claimed[0]);
    await store.add(claimed[0]!, { variantId: 1, quantity: 1, cap: 99, seenUnitPrice: usd(100) });
    await store.clear(claimed[0]!);
    expect(await store.getUserCartId(user)).toBe(claimed[0]);
    expect(await store.get(claimed[0]!)).toBeNull();
  });

  test("expires guest carts after the TTL unless used; account carts never expire", { timeout: 20_000 }, async () => {
    const short = harness.make(TTL);
    const [idle, used] = [newCartId(), newCartId()];
    const account = await short.claimUserCart(`user-${randomBytes(4).toString("hex")}`, newCartId());
    for (const cart of [idle, used, account])
      await short.add(cart, { variantId: 1, quantity: 1, cap: 9, seenUnitPrice: usd(1) });
    await sleep(1_300);
    expect(await short.get(used)).not.toBeNull(); // use pushes the expiry back
    await sleep(1_300);
    expect(await short.get(idle)).toBeNull();
    expect(await short.get(used)).not.toBeNull();
    await sleep(2_300);
    expect(await short.get(used)).toBeNull();
    expect(await short.get(account)).not.toBeNull();
    // An expired cart used again starts over empty (Postgres keeps the rows until purged).
    expect(await short.add(idle, { variantId: 2, quantity: 1, cap: 9, seenUnitPrice: usd(1) })).toEqual({
      quantity: 1,
      added: 1,
      cartItems: 1,
    });
    expect((await short.get(idle))?.lines.map((l) => l.variantId)).toEqual([2]);
    await short.purgeExpired();
    expect(await short.get(used)).toBeNull();
    expect(await short.get(idle)).not.toBeNull();
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
