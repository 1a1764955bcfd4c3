import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { placeCheckoutOrder, submitCheckoutDetails } from "@/app/(shop)/checkout/actions";
import { getCheckoutReview } from "@/lib/checkout";
import { writeCheckoutDraft } from "@/lib/checkout/draft-cookie";
import { CART_COOKIE, newCartId } from "@/lib/cart/cart-id";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { money } from "@/lib/money";
import { insertDiscount, insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";

// The checkout draft cookie as a shopper who edits it meets it: the server believes a saved
// draft's discount code was checked and a guest's email names one inbox, so a draft the
// server did not write (hand-built, or edited after signing) is as if there were none, and
// every spelling of an email shares that inbox's limits.

const state = vi.hoisted(() => ({ cookies: new Map<string, string>(), ip: "" }));

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
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
vi.mock("@/lib/cart/store", async () => {
  const { db: database } = await import("@/db");
  const { createPostgresCartStore: create } = await import("@/lib/cart/store/postgres-store");
  const shared = create(database);
  return { getCartStore: () => shared };
});

const store = createPostgresCartStore(db);
const run = randomBytes(4).toString("hex");
const DRAFT = "checkout_draft";
const address = {
  fullName: "Ada Lovelace",
  line1: "1 Main Street",
  city: "Springfield",
  region: "NY",
  postalCode: "10001",
  country: "US",
};

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
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

async function cartWith(variantId: number) {
  const cartId = newCartId();
  await store.add(cartId, { variantId, quantity: 1, cap: 100, seenUnitPrice: money(1, "USD") });
  state.cookies.set(CART_COOKIE, cartId);
}

const details = (email: string, discountCode = "") =>
  form({ email, ...address, shippingMethod: "standard", paymentMethod: "bank_transfer", discountCode });

/** The JSON a draft cookie carries, read the way anyone holding the cookie can. */
const contentOf = (cookie: string) =>
  JSON.parse(Buffer.from(cookie.split(".")[0]!, "base64url").toString("utf8")) as Record<string, unknown>;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

beforeEach(() => {
  state.cookies.clear();
  state.ip = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
});

describe("checkout draft cookie", () => {
  it("ignores a hand-built or edited draft: the review never applies a code the server did not check", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 5000, stock: 5 }] });
    const { code } = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 5000 });
    await cartWith(variantIds[0]!);
    expect(await outcome(submitCheckoutDetails(null, details(`forger-${run}@example.com`)))).toEqual({
      redirect: "/checkout/review",
    });
    const saved = state.cookies.get(DRAFT)!;
    const withCode = { ...contentOf(saved), discountCode: code };

    // Hand-built, as the cookie used to be (plain base64url JSON).
    state.cookies.set(DRAFT, encode(withCode));
    expect(await getCheckoutReview()).toEqual({ state: "needs-details" });
    // The server's signature kept, the content edited.
    state.cookies.set(DRAFT, `${encode(withCode)}.${saved.split(".")[1]}`);
    expect(await getCheckoutReview()).toEqual({ state: "needs-details" });

    // The draft the server wrote still reads, without the discount.
    state.cookies.set(DRAFT, saved);
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    expect(review.review.quote.discount).toEqual(money(0, "USD"));
  });

  it("counts codes guessed through an edited draft against the failed-code limit", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 5000, stock: 5 }] });
    const { code } = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 1000 });
    await cartWith(variantIds[0]!);
    const email = `guesser-${run}@example.com`;
    expect(await outcome(submitCheckoutDetails(null, details(email)))).toEqual({ redirect: "/checkout/review" });
    const content = contentOf(state.cookies.get(DRAFT)!);

    // Each guess is first put in the draft, so the posted code looks like the saved one.
    for (let i = 0; i < 10; i++) {
      const guess = `GUESS${run}${i}`.toUpperCase();
      state.cookies.set(DRAFT, encode({ ...content, discountCode: guess }));
      expect(await outcome(submitCheckoutDetails(null, details(email, guess)))).toEqual({
        error: "Please correct the highlighted fields.",
        fieldErrors: { discountCode: ["This discount code is not valid."] },
      });
    }
    // The allowance is spent: even a right code is refused now.
    state.cookies.set(DRAFT, encode({ ...content, discountCode: code }));
    expect(await outcome(submitCheckoutDetails(null, details(email, code)))).toEqual({
      error: "Please correct the highlighted fields.",
      fieldErrors: {
        discountCode: [expect.stringMatching(/^Too many discount codes tried\. Please try again in \d+ minutes?\.$/)],
      },
    });
  });

  it("reads a guest's email back from the draft trimmed and lower-cased", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1500, stock: 5 }] });
    await cartWith(variantIds[0]!);
    await writeCheckoutDraft({
      email: ` Mixed-${run}@Example.COM `,
      addressChoice: "new",
      address,
      shippingMethod: "standard",
      discountCode: "",
      paymentMethod: "bank_transfer",
    });
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    expect(review.details.email).toBe(`mixed-${run}@example.com`);
  });

  it("caps open unpaid orders per inbox, however its email is spelled", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 900, stock: 50 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 1 }];
    const victim = `victim-${run}@example.com`;
    for (let i = 0; i < 3; i++) {
      expect(await reviewAndPlace(db, { lines, details: shopperDetails({ email: victim }) })).toMatchObject({
        ok: true,
      });
    }
    const refusal = "You already have 3 orders waiting for payment. Please pay for one of them first, or contact us.";
    for (const spelling of [`VICTIM-${run}@example.com`, `vIctim-${run}@Example.COM`]) {
      expect(await reviewAndPlace(db, { lines, details: shopperDetails({ email: spelling }) })).toMatchObject({
        ok: false,
        message: refusal,
      });
    }

    // Through the checkout, typed in capitals.
    await cartWith(variantIds[0]!);
    expect(await outcome(submitCheckoutDetails(null, details(victim.toUpperCase())))).toEqual({
      redirect: "/checkout/review",
    });
    const review = await getCheckoutReview();
    if (review.state !== "ready") throw new Error(review.state);
    const attempt = `attempt-${randomBytes(9).toString("base64url")}`;
    expect(await outcome(placeCheckoutOrder(null, form({ attempt, fingerprint: review.review.fingerprint })))).toEqual({
      error: refusal,
    });
    expect(await db.$count(orders, eq(sql`lower(${orders.email})`, victim))).toBe(3);
  });
});
