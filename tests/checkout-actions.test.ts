import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders, products } from "@/db/schema";
import { placeCheckoutOrder, submitCheckoutDetails } from "@/app/(shop)/checkout/actions";
import { getCheckoutReview } from "@/lib/checkout";
import { CART_COOKIE, newCartId } from "@/lib/cart/cart-id";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { money } from "@/lib/money";
import { insertProduct, stockOf } from "./helpers/checkout-fixtures";
import { tagProbe } from "./helpers/expired-tags";

// The checkout's server actions as a browser calls them: FormData in, a redirect or a
// result out, with the request's cookies, the session and Next's navigation stubbed. The
// point: nothing in the form but the shopper's own input is believed.

const state = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  user: null as null | { id: string; email: string; name: string | null; role: "customer"; remember: boolean },
  // A fresh IP per test: orders are limited per IP, and the limiter may be a Redis other runs share.
  ip: "",
}));

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": state.ip }),
}));
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
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => state.user }));
vi.mock("@/lib/cart/store", async () => {
  const { db: database } = await import("@/db");
  const { createPostgresCartStore: create } = await import("@/lib/cart/store/postgres-store");
  const shared = create(database);
  return { getCartStore: () => shared };
});

const store = createPostgresCartStore(db);

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    const result = await promise;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof Redirect) return error.url;
    throw error;
  }
}

const address = {
  fullName: "Ada Lovelace",
  line1: "1 Main Street",
  city: "Springfield",
  region: "NY",
  postalCode: "10001",
  country: "US",
};
// What a tampering client adds: it must change nothing.
const tampered = {
  price: 1,
  priceAmount: 1,
  unitPrice: "0.01",
  total: 1,
  totalAmount: 1,
  currency: "EUR",
  userId: "someone-else",
  subtotal: 0,
  tax: 0,
};

async function cartWith(variantId: number, quantity: number, userId?: string) {
  const cartId = userId ? await store.claimUserCart(userId, newCartId()) : newCartId();
  await store.add(cartId, { variantId, quantity, cap: 100, seenUnitPrice: money(1, "USD") });
  if (!userId) state.cookies.set(CART_COOKIE, cartId);
  return cartId;
}

beforeEach(() => {
  state.cookies.clear();
  state.user = null;
  state.ip = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
});

describe("checkout actions", () => {
  it("price the order from the database whatever prices, totals, currency or user id the forms carry", async () => {
    const { productId, variantIds } = await insertProduct(db, { variants: [{ price: 2800, stock: 5 }] });
    const cartId = await cartWith(variantIds[0]!, 2);
    const email = `tamper-${Date.now()}@example.com`;
    const tags = tagProbe();

    const details = form({
      email,
      ...address,
      shippingMethod: "standard",
      paymentMethod: "bank_transfer",
      discountCode: "",
      ...tampered,
    });
    expect(await redirectOf(submitCheckoutDetails(null, details))).toBe("/checkout/review");

    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    expect(review.review.quote.total).toEqual(money(5600 + 599 + 224, "USD"));

    const attempt = "attempt-tamper-000001";
    const url = await redirectOf(
      placeCheckoutOrder(null, form({ attempt, fingerprint: review.review.fingerprint, ...tampered })),
    );
    const [order] = await db.select().from(orders).where(eq(orders.email, email));
    expect(order).toMatchObject({
      userId: null,
      currency: "USD",
      subtotalAmount: 5600,
      shippingAmount: 599,
      taxAmount: 224,
      totalAmount: 6423,
    });
    expect(url).toBe(`/orders/${order!.number}?token=${order!.accessToken}`);
    expect(await stockOf(db, variantIds[0]!)).toBe(3);
    // Its product page shows the stock left at once; listings only show "in stock", still true.
    const { slug } = (await db.select({ slug: products.slug }).from(products).where(eq(products.id, productId)))[0]!;
    await tags.expectExpired([`product:${slug}`], { notAmong: ["products", "categories"] });
    // The cart is emptied and the draft forgotten.
    expect(await store.get(cartId)).toBeNull();
    expect(state.cookies.has("checkout_draft")).toBe(false);
  });

  it("give one order for the same review submitted twice, and refuse a forged fingerprint", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1000, stock: 5 }] });
    await cartWith(variantIds[0]!, 1);
    const email = `double-${Date.now()}@example.com`;
    await redirectOf(
      submitCheckoutDetails(
        null,
        form({ email, ...address, shippingMethod: "express", paymentMethod: "cash_on_delivery", discountCode: "" }),
      ),
    );
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);

    expect(
      await placeCheckoutOrder(null, form({ attempt: "attempt-forged-00000001", fingerprint: "forged" })),
    ).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/changed since you reviewed it/),
    });
    const submit = () =>
      redirectOf(
        placeCheckoutOrder(null, form({ attempt: "attempt-double-0000001", fingerprint: review.review.fingerprint })),
      );
    const first = await submit();
    const second = await submit();
    expect(second).toBe(first);
    expect(await db.$count(orders, eq(orders.email, email))).toBe(1);
    expect(await stockOf(db, variantIds[0]!)).toBe(4);
  });

  it("place a signed-in shopper's order under their account, with their account email", async () => {
    state.user = {
      id: `user-${Date.now()}`,
      email: `member-${Date.now()}@example.com`,
      name: "Ada",
      role: "customer",
      remember: false,
    };
    const { users } = await import("@/db/schema");
    await db.insert(users).values({ id: state.user.id, email: state.user.email });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1500, stock: 5 }] });
    await cartWith(variantIds[0]!, 1, state.user.id);
    // An email and a user id in the form are ignored for a signed-in shopper.
    await redirectOf(
      submitCheckoutDetails(
        null,
        form({
          email: "other@example.com",
          ...address,
          shippingMethod: "standard",
          paymentMethod: "bank_transfer",
          discountCode: "",
          userId: "x",
        }),
      ),
    );
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    expect(review.details.email).toBe(state.user.email);
    await redirectOf(
      placeCheckoutOrder(
        null,
        form({ attempt: "attempt-member-0000001", fingerprint: review.review.fingerprint, userId: "someone-else" }),
      ),
    );
    const [order] = await db.select().from(orders).where(eq(orders.userId, state.user.id));
    expect(order).toMatchObject({ email: state.user.email, userId: state.user.id });
  });

  it("deliver to a saved address of the signed-in shopper, never to another account's", async () => {
    const { users, addresses } = await import("@/db/schema");
    const me = `saver-${Date.now()}`;
    const other = `other-${Date.now()}`;
    await db.insert(users).values([
      { id: me, email: `${me}@example.com` },
      { id: other, email: `${other}@example.com` },
    ]);
    const [mine] = await db
      .insert(addresses)
      .values({
        userId: me,
        fullName: "Mine",
        line1: "2 Own Road",
        city: "Toronto",
        region: "ON",
        postalCode: "M5V 2T6",
        country: "CA",
      })
      .returning();
    const [theirs] = await db
      .insert(addresses)
      .values({
        userId: other,
        fullName: "Theirs",
        line1: "3 Other Way",
        city: "Austin",
        region: "TX",
        postalCode: "73301",
        country: "US",
      })
      .returning();
    state.user = { id: me, email: `${me}@example.com`, name: null, role: "customer", remember: false };
    const { variantIds } = await insertProduct(db, { variants: [{ price: 10000, stock: 5 }] });
    await cartWith(variantIds[0]!, 1, me);
    const choose = (id: number) =>
      form({ addressChoice: id, shippingMethod: "standard", paymentMethod: "bank_transfer", discountCode: "" });

    expect(await submitCheckoutDetails(null, choose(theirs!.id))).toMatchObject({
      ok: false,
      fieldErrors: { addressChoice: [expect.stringMatching(/no longer in your address book/)] },
    });
    expect(await redirectOf(submitCheckoutDetails(null, choose(mine!.id)))).toBe("/checkout/review");
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    expect(review.details.address).toMatchObject({ fullName: "Mine", country: "CA", region: "ON" });
    // Ontario's 13%, Canadian standard shipping (100.00 is under the 150.00 free threshold).
    expect(review.review.quote).toMatchObject({
      taxBasisPoints: 1300,
      tax: money(1300, "USD"),
      shipping: { price: money(1299, "USD") },
    });
  });

  it("return field errors for a bad address, email and unavailable payment method", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1500, stock: 5 }] });
    await cartWith(variantIds[0]!, 1);
    const result = await submitCheckoutDetails(
      null,
      form({ email: "nope", ...address, postalCode: "ABC", shippingMethod: "teleport", paymentMethod: "stripe" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        email: ["Enter an email address like name@example.com."],
        postalCode: [expect.stringMatching(/ZIP code in the format/)],
        shippingMethod: ["Choose a shipping method."],
        // Stripe is not configured in this run: the method is not offered, so not accepted.
        paymentMethod: ["Choose how you want to pay."],
      },
    });
    expect(state.cookies.has("checkout_draft")).toBe(false);
  });
});
