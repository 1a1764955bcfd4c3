import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, productVariants } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/register";
import { addToCart } from "@/lib/cart/actions/add-to-cart";
import { CART_COOKIE, newCartId } from "@/lib/cart/cart-id";
import { readCart } from "@/lib/cart/get-cart";
import { createRedisCartStore } from "@/lib/cart/store/redis-store";
import { connectRedisTcp, type RedisTcpConnection } from "@/lib/cart/store/redis-tcp";
import type { CartStore } from "@/lib/cart/store/types";
import { connectUpstash } from "@/lib/cart/store/upstash";
import { getCheckoutReview, getCheckoutStart } from "@/lib/checkout";
import { CART_UNAVAILABLE } from "@/lib/cart/unavailable";
import { createAuthLimits } from "@/lib/rate-limit";
import { closeRedisClients } from "@/lib/rate-limit/redis-client";
import { log } from "@/lib/log";
import { getVisitorSummary } from "@/lib/visitor";
import { openAuthLimits } from "./helpers/auth-context";
import { startTestServer } from "./helpers/http-server";
import { type OwnRedis, startOwnRedis } from "./helpers/own-redis";

// The store on a Redis of this file's own that goes away while the store runs: stopped
// (connections refused), frozen with SIGSTOP (connections accepted, nothing answered) and
// restarted empty. Carts say they are unavailable at once (add-to-cart form, cart page,
// checkout), the header's count is left out, logins keep working and keep being limited
// (counted in the database), and once Redis answers again carts and limits use it, with no
// restart.
// The shared Redis on REDIS_URL is never touched.

const state = vi.hoisted(() => ({
  store: undefined as CartStore | undefined,
  redisUrl: undefined as string | undefined,
  cookies: new Map<string, string>(),
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
  }),
}));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null })); // a guest
vi.mock("@/lib/cart/owner", () => ({ resolveCartOwner: async () => ({ userId: null }) }));
vi.mock("@/lib/cart/store", async (original) => ({
  ...(await original<typeof import("@/lib/cart/store")>()),
  getCartStore: () => state.store!,
}));
// The rate limiters read REDIS_URL when they are first used: this file's own server.
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return {
    ...real,
    env: new Proxy(real.env, {
      get: (target, key) => (key === "REDIS_URL" ? state.redisUrl : Reflect.get(target, key)),
    }),
  };
});

let redis: OwnRedis;
let connection: RedisTcpConnection;
let variantId = 0;
const password = "the real password";

beforeAll(async () => {
  redis = await startOwnRedis();
  state.redisUrl = redis.url;
  connection = connectRedisTcp(redis.url);
  state.store = createRedisCartStore({ kind: "redis", client: connection, prefix: "outage:" });
  const [product] = await db
    .insert(products)
    .values({ slug: "storm-lantern", name: "Storm Lantern", status: "active" })
    .returning();
  const [variant] = await db
    .insert(productVariants)
    .values({ productId: product!.id, sku: "LANTERN", title: "Default", priceAmount: 2500, currency: "USD", stock: 50 })
    .returning();
  variantId = variant!.id;
});

afterAll(async () => {
  await connection?.close();
  await closeRedisClients();
  await redis?.stop();
});

/** Fails the test if `promise` has not settled within `ms`: a guard against hanging, not a speed claim. */
async function answers<T>(promise: Promise<T>, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

function addForm(quantity = 1) {
  const data = new FormData();
  data.set("variantId", String(variantId));
  data.set("quantity", String(quantity));
  return data;
}

/** Login limits on Redis, small enough to reach in a test, with keys private to the call. */
function redisLimits() {
  const run = `t${randomBytes(5).toString("hex")}`;
  const open = { points: 1000, duration: 60 };
  return createAuthLimits(
    {
      loginAccountIp: { keyPrefix: `${run}:lai`, points: 3, duration: 60 },
      loginAccount: { keyPrefix: `${run}:la`, points: 6, duration: 60 },
      loginIp: { keyPrefix: `${run}:li`, ...open },
      loginKnownIp: { keyPrefix: `${run}:lk`, points: 1, duration: 60 },
      registerIp: { keyPrefix: `${run}:ri`, ...open },
      registerAccount: { keyPrefix: `${run}:ra`, ...open },
      resetIp: { keyPrefix: `${run}:pi`, ...open },
      resetAccount: { keyPrefix: `${run}:pa`, ...open },
    },
    "redis",
  );
}

let userCount = 0;
async function newUser(): Promise<string> {
  const email = `outage${++userCount}@example.com`;
  const result = await registerUser(
    { name: "Real User", email, password },
    { ip: "198.51.100.1", limits: openAuthLimits() },
  );
  expect(result.ok).toBe(true);
  return email;
}

/** While Redis cannot answer: what a shopper and someone logging in see. */
async function expectDegraded(ip: string) {
  state.cookies.clear();
  state.cookies.set(CART_COOKIE, newCartId()); // a shopper with a cart
  expect(await answers(addToCart(addForm()))).toEqual({ ok: false, formError: CART_UNAVAILABLE });
  expect(await answers(readCart())).toEqual({ ok: false, message: CART_UNAVAILABLE });
  const unavailable = { state: "cart-unavailable", message: CART_UNAVAILABLE };
  expect(await answers(getCheckoutStart())).toEqual(unavailable);
  expect(await answers(getCheckoutReview())).toEqual(unavailable);
  // The header: signed-out links still come, the count is left out.
  expect(await answers(getVisitorSummary())).toEqual({ signedIn: false, staff: false, cartCount: null });

  // Logging in works…
  const email = await newUser();
  const limits = redisLimits();
  expect(await answers(verifyCredentials({ email, password }, { ip, limits }))).toMatchObject({ ok: true });
  // …and is still limited: three failures from this IP, then even the right password waits.
  const other = await newUser();
  for (let i = 0; i < 3; i++) {
    expect(await answers(verifyCredentials({ email: other, password: "wrong" }, { ip, limits }))).toEqual({
      ok: false,
      reason: "invalid",
    });
  }
  expect(await answers(verifyCredentials({ email: other, password }, { ip, limits }))).toMatchObject({
    ok: false,
    reason: "rate_limited",
  });
}

/** Once Redis answers again: the cart works (after the breaker's short cool-down) and limits count in Redis. */
async function expectRecovered() {
  state.cookies.clear();
  await expect.poll(async () => (await addToCart(addForm(2))).ok, { timeout: 10_000, interval: 250 }).toBe(true);
  const read = await readCart();
  expect(read.ok && read.cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([[variantId, 2]]);

  const before = await redis.keyCount();
  const email = await newUser();
  await expect
    .poll(
      async () => {
        await verifyCredentials({ email, password: "wrong" }, { ip: "203.0.113.99", limits: redisLimits() });
        return redis.keyCount();
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBeGreaterThan(before + 1);
}

describe("a Redis that is down before the store first uses it", () => {
  it("carts say they are unavailable, the header drops its count, login works and is limited", async () => {
    const down = await startOwnRedis();
    await down.stop();
    const running = { store: state.store, redisUrl: state.redisUrl };
    const never = connectRedisTcp(down.url);
    state.store = createRedisCartStore({ kind: "redis", client: never });
    state.redisUrl = down.url;
    try {
      await expectDegraded("203.0.113.50");
    } finally {
      Object.assign(state, running);
      await never.close();
    }
  });
});

describe("a Redis that goes away while the store runs", () => {
  it("is used for carts and login limits while it answers", async () => {
    state.cookies.clear();
    expect(await addToCart(addForm())).toMatchObject({ ok: true, data: { quantity: 1, cartCount: 1 } });
    expect(await readCart()).toMatchObject({ ok: true, cart: { itemCount: 1 } });
    const keys = await redis.keyCount();
    const email = await newUser();
    await verifyCredentials({ email, password: "wrong" }, { ip: "203.0.113.1", limits: redisLimits() });
    expect(await redis.keyCount()).toBeGreaterThan(keys);
  });

  it("stopped: the cart says it is unavailable at once, the header drops its count, login works and is limited", async () => {
    await redis.stop();
    await expectDegraded("203.0.113.2");
  });

  it("restarted: carts and limits use it again, without restarting the store", async () => {
    await redis.restart();
    await expectRecovered();
  });

  it("frozen (SIGSTOP, connections accepted but nothing answered): the same, and it recovers once it answers", async () => {
    redis.freeze();
    try {
      await expectDegraded("203.0.113.3");
    } finally {
      redis.thaw();
    }
    await expectRecovered();
  });
});

describe("an Upstash REST endpoint that takes requests but never answers", () => {
  it("the cart says it is unavailable, within the request timeout", async () => {
    const silent = await startTestServer(() => new Promise(() => {}));
    const running = state.store;
    state.store = createRedisCartStore({ kind: "upstash", client: connectUpstash(silent.url, "token") });
    try {
      state.cookies.clear();
      state.cookies.set(CART_COOKIE, newCartId());
      expect(await answers(addToCart(addForm()))).toEqual({ ok: false, formError: CART_UNAVAILABLE });
      expect(await answers(readCart())).toEqual({ ok: false, message: CART_UNAVAILABLE });
    } finally {
      state.store = running;
      await silent.close();
    }
  });
});

// Longer than the store's one second, so that the checks between a failure and the end of the
// cool-down run inside it even on a loaded machine.
const COOL_DOWN_MS = 3_000;

/** The `[cart] …` lines written to the error log meanwhile (pino: `log.error(fields, line)`). */
function cartLogLines(errorLog: { mock: { calls: unknown[][] } }): string[] {
  return errorLog.mock.calls.map((args) => String(args.at(-1))).filter((line) => line.startsWith("[cart]"));
}

/** What a shopper with a cart sees while the breaker is open: the notice everywhere, no count. */
async function expectRefused() {
  expect(await answers(readCart())).toEqual({ ok: false, message: CART_UNAVAILABLE });
  expect(await answers(addToCart(addForm()))).toEqual({ ok: false, formError: CART_UNAVAILABLE });
  expect(await answers(getCheckoutStart())).toEqual({ state: "cart-unavailable", message: CART_UNAVAILABLE });
  expect(await answers(getVisitorSummary())).toMatchObject({ cartCount: null });
}

describe.each([
  [
    "503 with a gateway's HTML page",
    503,
    "text/html",
    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
  ],
  [
    "502 with a JSON error that is no Redis reply",
    502,
    "application/json",
    JSON.stringify({ error: "upstream connect error" }),
  ],
])("an Upstash REST endpoint that answers %s", (_name, status, contentType, body) => {
  it("the cart says it is unavailable, the next calls are refused without asking it until the cool-down passes, and the log says so once", async () => {
    let requests = 0;
    const gateway = await startTestServer((_request, response) => {
      requests++;
      response.writeHead(status, { "content-type": contentType }).end(body);
    });
    const errorLog = vi.spyOn(log, "error").mockImplementation(() => {});
    const running = state.store;
    state.store = createRedisCartStore({
      kind: "upstash",
      client: connectUpstash(gateway.url, "token", { coolDownMs: COOL_DOWN_MS }),
    });
    try {
      state.cookies.clear();
      state.cookies.set(CART_COOKIE, newCartId());
      expect(await answers(addToCart(addForm()))).toEqual({ ok: false, formError: CART_UNAVAILABLE });
      expect(requests).toBe(1);

      await expectRefused();
      expect(requests).toBe(1);

      // Once the cool-down has passed, the next call asks again (and fails again).
      await expect.poll(async () => (await readCart(), requests), { timeout: 15_000, interval: 100 }).toBe(2);
      expect(cartLogLines(errorLog)).toHaveLength(1);
    } finally {
      state.store = running;
      errorLog.mockRestore();
      await gateway.close();
    }
  });
});

describe("an Upstash REST endpoint whose script fails with an error reply (ERR)", () => {
  it("is asked every time (it is answering), the cart says it is unavailable, and the log says so once", async () => {
    let requests = 0;
    const broken = await startTestServer((_request, response) => {
      requests++;
      response
        .writeHead(400, { "content-type": "application/json" })
        .end(JSON.stringify({ error: "ERR Error running script: bad argument" }));
    });
    const errorLog = vi.spyOn(log, "error").mockImplementation(() => {});
    const running = state.store;
    state.store = createRedisCartStore({
      kind: "upstash",
      client: connectUpstash(broken.url, "token", { coolDownMs: COOL_DOWN_MS }),
    });
    try {
      state.cookies.clear();
      state.cookies.set(CART_COOKIE, newCartId());
      for (let i = 1; i <= 3; i++) {
        expect(await answers(readCart())).toEqual({ ok: false, message: CART_UNAVAILABLE });
        expect(requests).toBe(i);
      }
      expect(cartLogLines(errorLog)).toEqual([expect.stringContaining("[cart] Redis: ERR Error running script")]);
    } finally {
      state.store = running;
      errorLog.mockRestore();
      await broken.close();
    }
  });
});

describe("a Redis that answers writes with OOM (maxmemory reached)", () => {
  it("opens the breaker: the next calls are refused without reaching Redis until the cool-down passes, the log says so once, and carts work again once it can write", async () => {
    const full = await startOwnRedis();
    const tcp = connectRedisTcp(full.url, { coolDownMs: COOL_DOWN_MS });
    const running = state.store;
    state.store = createRedisCartStore({ kind: "redis", client: tcp, prefix: "oom:" });
    const errorLog = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      state.cookies.clear();
      expect(await addToCart(addForm())).toMatchObject({ ok: true });

      await full.configSet("maxmemory", "1");
      expect(await answers(addToCart(addForm()))).toEqual({ ok: false, formError: CART_UNAVAILABLE });
      const calls = await full.scriptCalls();

      await expectRefused();
      expect(await full.scriptCalls()).toBe(calls);

      // After the cool-down the next call reaches Redis again (and fails again: still full).
      await expect
        .poll(async () => (await addToCart(addForm()), full.scriptCalls()), { timeout: 15_000, interval: 100 })
        .toBeGreaterThan(calls);
      expect(cartLogLines(errorLog)).toEqual([expect.stringContaining("[cart] Redis: OOM")]);

      await full.configSet("maxmemory", "0");
      await expect.poll(async () => (await addToCart(addForm())).ok, { timeout: 15_000, interval: 250 }).toBe(true);
    } finally {
      state.store = running;
      errorLog.mockRestore();
      await tcp.close();
      await full.stop();
    }
  });
});
