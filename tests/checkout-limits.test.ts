import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders, outbox } from "@/db/schema";
import { placeCheckoutOrder, submitCheckoutDetails } from "@/app/(shop)/checkout/actions";
import { getCheckoutReview } from "@/lib/checkout";
import { CART_COOKIE, newCartId } from "@/lib/cart/cart-id";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { money } from "@/lib/money";
import { insertDiscount, insertProduct, stockOf } from "./helpers/checkout-fixtures";

// The checkout's limits as shoppers (and a script posing as many of them) meet them through
// the server actions: each shopper is a browser of its own (cookies) behind an IP of its
// own, and many may submit at once. A refused attempt changes nothing: no order, no stock
// taken, no email queued. Addresses and IPs are fresh per run: the limiter may be a Redis
// that other runs share.

type Browser = { cookies: Map<string, string>; ip: string };
const browsers = vi.hoisted(() => ({ current: undefined as unknown as AsyncLocalStorage<Browser> }));
browsers.current = new AsyncLocalStorage<Browser>();
const browser = () => {
  const b = browsers.current.getStore();
  if (!b) throw new Error("outside a browser");
  return b;
};

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (browser().cookies.has(name) ? { name, value: browser().cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void browser().cookies.set(name, value),
    delete: (name: string) => void browser().cookies.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": browser().ip }),
}));
// The client's IP as the limits see it; how it is found (proxies, the peer address) is
// lib/auth/client-ip.ts's business and tested there.
vi.mock("@/lib/auth/client-ip", () => ({
  clientIp: (headers: Headers) => headers.get("x-forwarded-for") ?? "unknown",
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
vi.mock("@/lib/cart/store", async () => {
  const { db: database } = await import("@/db");
  const { createPostgresCartStore: create } = await import("@/lib/cart/store/postgres-store");
  const shared = create(database);
  return { getCartStore: () => shared };
});

const store = createPostgresCartStore(db);
const run = randomBytes(4).toString("hex");
let ipCounter = 0;
const freshIp = () => `10.${parseInt(run.slice(0, 2), 16)}.${parseInt(run.slice(2, 4), 16)}.${++ipCounter}`;
const email = (name: string) => `${name}-${run}@example.com`;

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

const address = {
  fullName: "Ada Lovelace",
  line1: "1 Main Street",
  city: "Springfield",
  region: "NY",
  postalCode: "10001",
  country: "US",
};

/** A browser with one item in its cart: `as(fn)` runs fn with its cookies and IP. */
async function shopper(ip: string, variantId: number) {
  const b: Browser = { cookies: new Map(), ip };
  const cartId = newCartId();
  await store.add(cartId, { variantId, quantity: 1, cap: 100, seenUnitPrice: money(1, "USD") });
  b.cookies.set(CART_COOKIE, cartId);
  return { as: <T>(fn: () => Promise<T>) => browsers.current.run(b, fn) };
}

type Outcome = { redirect: string } | { error: string; fieldErrors?: Record<string, string[]> };

async function outcome(promise: Promise<unknown>): Promise<Outcome> {
  try {
    const { formError = "", fieldErrors } = (await promise) as {
      formError?: string;
      fieldErrors?: Record<string, string[]>;
    };
    return fieldErrors ? { error: formError, fieldErrors } : { error: formError };
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

/** The details step and the review, as the browser does them; returns the "Place order" submit. */
async function readyToPlace(s: Awaited<ReturnType<typeof shopper>>, details: Record<string, string>) {
  return s.as(async () => {
    const saved = await outcome(
      submitCheckoutDetails(null, form({ ...address, shippingMethod: "standard", discountCode: "", ...details })),
    );
    expect(saved).toEqual({ redirect: "/checkout/review" });
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    const attempt = `attempt-${randomBytes(9).toString("base64url")}`;
    return () =>
      s.as(() => outcome(placeCheckoutOrder(null, form({ attempt, fingerprint: review.review.fingerprint }))));
  });
}

const placedEmailsTo = async (addresses: string[]) =>
  db.$count(outbox, and(eq(outbox.name, "shop/order.placed"), inArray(sql`${outbox.payload}->>'email'`, addresses)));

beforeEach(() => {
  ipCounter += 100;
});

describe("checkout limits", () => {
  it("throttle a burst of guest orders from one IP: most are refused with the message, stock is taken only for the accepted", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1200, stock: 100 }] });
    const variantId = variantIds[0]!;
    const ip = freshIp();
    const addresses = Array.from({ length: 40 }, (_, i) => email(`burst-${i}`));
    const submits = [];
    for (const [i, to] of addresses.entries()) {
      submits.push(
        await readyToPlace(await shopper(ip, variantId), {
          email: to,
          paymentMethod: i % 2 ? "cash_on_delivery" : "bank_transfer",
        }),
      );
    }

    const results = await Promise.all(submits.map((submit) => submit()));

    const accepted = results.filter((r) => "redirect" in r);
    const throttled = results.filter(
      (r) =>
        "error" in r &&
        /^Too many orders from your network in the last hour\. Please try again in \d+ minutes?\.$/.test(r.error),
    );
    // 10 an hour per IP get past the limiter; of those, at most 5 open unpaid orders per IP.
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThanOrEqual(5);
    expect(throttled.length).toBe(30);
    const capped = results.filter(
      (r) => "error" in r && r.error.startsWith("Too many orders placed from here are waiting for payment."),
    );
    expect(accepted.length + capped.length).toBe(10);
    const placed = await db.$count(orders, inArray(orders.email, addresses));
    expect(placed).toBe(accepted.length);
    expect(await stockOf(db, variantId)).toBe(100 - accepted.length);
    expect(await placedEmailsTo(addresses)).toBe(accepted.length);
  });

  it("limit orders per email across IPs", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 900, stock: 50 }] });
    const to = email("one-inbox");
    for (let i = 0; i < 5; i++) {
      const submit = await readyToPlace(await shopper(freshIp(), variantIds[0]!), {
        email: to,
        paymentMethod: "cash_on_delivery",
      });
      expect(await submit()).toEqual({ redirect: expect.stringMatching(/^\/orders\//) });
      // Staff took each one up (collected the cash), so the cap on open unpaid orders is not what stops the sixth.
      await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.email, to));
    }

    const sixth = await readyToPlace(await shopper(freshIp(), variantIds[0]!), {
      email: to,
      paymentMethod: "cash_on_delivery",
    });
    expect(await sixth()).toEqual({
      error: expect.stringMatching(
        /^Too many orders for this email address in the last hour\. Please try again in \d+ minutes?\.$/,
      ),
    });
    expect(await db.$count(orders, eq(orders.email, to))).toBe(5);
    expect(await stockOf(db, variantIds[0]!)).toBe(45);
    expect(await placedEmailsTo([to])).toBe(5);
  });

  it("cap open unpaid manual orders per email: the fourth is refused until one is paid", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 900, stock: 50 }] });
    const to = email("unpaid");
    for (let i = 0; i < 3; i++) {
      const submit = await readyToPlace(await shopper(freshIp(), variantIds[0]!), {
        email: to,
        paymentMethod: i ? "bank_transfer" : "cash_on_delivery",
      });
      expect(await submit()).toEqual({ redirect: expect.stringMatching(/^\/orders\//) });
    }

    const fourth = await readyToPlace(await shopper(freshIp(), variantIds[0]!), {
      email: to,
      paymentMethod: "bank_transfer",
    });
    expect(await fourth()).toEqual({
      error: "You already have 3 orders waiting for payment. Please pay for one of them first, or contact us.",
    });
    expect(await db.$count(orders, eq(orders.email, to))).toBe(3);
    expect(await stockOf(db, variantIds[0]!)).toBe(47);

    // Once one is paid, the shopper may order again.
    const [first] = await db.select({ id: orders.id }).from(orders).where(eq(orders.email, to)).limit(1);
    await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.id, first!.id));
    const again = await readyToPlace(await shopper(freshIp(), variantIds[0]!), {
      email: to,
      paymentMethod: "bank_transfer",
    });
    expect(await again()).toEqual({ redirect: expect.stringMatching(/^\/orders\//) });
  });

  it("cap open unpaid manual orders per IP, whatever emails are typed", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 900, stock: 50 }] });
    const ip = freshIp();
    const addresses = Array.from({ length: 6 }, (_, i) => email(`from-one-ip-${i}`));
    const results = [];
    for (const to of addresses) {
      const submit = await readyToPlace(await shopper(ip, variantIds[0]!), {
        email: to,
        paymentMethod: "bank_transfer",
      });
      results.push(await submit());
    }
    expect(results.slice(0, 5).every((r) => "redirect" in r)).toBe(true);
    expect(results[5]).toEqual({
      error:
        "Too many orders placed from here are waiting for payment. Please pay for one of them first, or contact us.",
    });
    expect(await db.$count(orders, inArray(orders.email, addresses))).toBe(5);
    expect(await stockOf(db, variantIds[0]!)).toBe(45);
  });

  it("limit failed discount codes per cart, and a valid code still applies after failures", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 5000, stock: 5 }] });
    const { code } = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 1000 });
    const { code: another } = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 500 });
    const s = await shopper(freshIp(), variantIds[0]!);
    const details = (discountCode: string) =>
      form({
        email: email("guesser"),
        ...address,
        shippingMethod: "standard",
        paymentMethod: "bank_transfer",
        discountCode,
      });

    // A valid code does not use up the allowance (nor does sending the saved one again).
    expect(await s.as(() => outcome(submitCheckoutDetails(null, details(code))))).toEqual({
      redirect: "/checkout/review",
    });
    for (let i = 0; i < 10; i++) {
      const wrong = await s.as(() => outcome(submitCheckoutDetails(null, details(`GUESS${run}${i}`.toUpperCase()))));
      expect(wrong).toEqual({
        error: "Please correct the highlighted fields.",
        fieldErrors: { discountCode: [expect.not.stringMatching(/Too many/)] },
      });
    }
    // Past the limit even a right code is refused: otherwise the guessing would just go on.
    const refused = await s.as(() => outcome(submitCheckoutDetails(null, details(another))));
    expect(refused).toEqual({
      error: "Please correct the highlighted fields.",
      fieldErrors: {
        discountCode: [expect.stringMatching(/^Too many discount codes tried\. Please try again in \d+ minutes?\.$/)],
      },
    });
  });
});
