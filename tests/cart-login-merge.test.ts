import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, productVariants } from "@/db/schema";
import { addToCart } from "@/lib/cart/actions/add-to-cart";
import { CART_COOKIE } from "@/lib/cart/cart-id";
import { getCart } from "@/lib/cart/get-cart";
import { mergeCartAtLogin, mergeGuestCartIntoUserCart } from "@/lib/cart/merge";
import type { CartStore } from "@/lib/cart/store/types";
import { cartStoresUnderTest } from "./helpers/cart-stores";

// Guest carts merge into the account's cart at login, and the account's cart follows the
// shopper to any browser. Auth is simulated through the cart's owner hook.

const state = vi.hoisted(() => ({
  store: undefined as CartStore | undefined,
  userId: null as string | null,
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
vi.mock("@/lib/cart/owner", () => ({ resolveCartOwner: async () => ({ userId: state.userId }) }));
vi.mock("@/lib/cart/store", async (original) => ({
  ...(await original<typeof import("@/lib/cart/store")>()),
  getCartStore: () => state.store!,
}));

const ids = { boots: 0, socks: 0, hat: 0 };

beforeAll(async () => {
  const [product] = await db
    .insert(products)
    .values({ slug: "trail-kit", name: "Trail Kit", status: "active" })
    .returning();
  const rows = await db
    .insert(productVariants)
    .values([
      { productId: product!.id, sku: "BOOTS", title: "Boots", priceAmount: 12000, currency: "USD", stock: 4 },
      { productId: product!.id, sku: "SOCKS", title: "Socks", priceAmount: 1500, currency: "USD", stock: 30 },
      { productId: product!.id, sku: "HAT", title: "Hat", priceAmount: 2500, currency: "USD", stock: 10 },
    ])
    .returning();
  const [boots, socks, hat] = rows.map((r) => r.id);
  Object.assign(ids, { boots, socks, hat });
});

const add = (variantId: number, quantity: number) => {
  const data = new FormData();
  data.set("variantId", String(variantId));
  data.set("quantity", String(quantity));
  return addToCart(null, data);
};
const quantities = async () => (await getCart()).lines.map((l) => [l.variantId, l.quantity]);

const stores = cartStoresUnderTest("cart-login-merge");

describe.each(stores)("login merge on %s", (_name, makeStore, enabled) => {
  const test = enabled ? it : it.skip;
  let userId: string;
  beforeEach(() => {
    if (enabled) state.store = makeStore();
    state.cookies.clear();
    state.userId = null;
    userId = `user-${randomBytes(6).toString("hex")}`;
  });

  test("adds the guest cart to the account's cart, capped at stock, and drops the cookie", async () => {
    // On another device, signed in: the account already has 3 boots and 2 socks.
    state.userId = userId;
    await add(ids.boots, 3);
    await add(ids.socks, 2);
    expect(state.cookies.has(CART_COOKIE)).toBe(false); // account carts need no cookie

    // Here, as a guest: 2 boots (only 4 in stock), 1 socks, 1 hat.
    state.userId = null;
    await add(ids.boots, 2);
    await add(ids.socks, 1);
    await add(ids.hat, 1);
    expect(state.cookies.has(CART_COOKIE)).toBe(true);

    await mergeCartAtLogin(userId);
    state.userId = userId;
    expect(state.cookies.has(CART_COOKIE)).toBe(false);
    expect(await quantities()).toEqual([
      [ids.boots, 4],
      [ids.socks, 3],
      [ids.hat, 1],
    ]);

    // After logout this browser starts over with an empty guest cart.
    state.userId = null;
    expect(await quantities()).toEqual([]);
  });

  test("a first login turns the guest cart into the account's cart, which follows the account", async () => {
    await add(ids.hat, 2);
    await mergeCartAtLogin(userId);
    state.userId = userId;
    expect(await quantities()).toEqual([[ids.hat, 2]]);

    // A second browser signed in to the same account sees and edits the same cart.
    state.cookies.clear();
    await add(ids.socks, 1);
    expect(await quantities()).toEqual([
      [ids.hat, 2],
      [ids.socks, 1],
    ]);
  });

  test("drops lines that can no longer be bought and ignores a bad or missing guest id", async () => {
    await add(ids.hat, 1);
    await add(ids.socks, 1);
    const guestCartId = state.cookies.get(CART_COOKIE)!;
    await db.update(productVariants).set({ stock: 0 }).where(eq(productVariants.id, ids.hat));
    try {
      const accountCartId = await mergeGuestCartIntoUserCart(guestCartId, userId);
      expect(accountCartId).not.toBe(guestCartId); // account cart ids never reach a browser
      expect(await mergeGuestCartIntoUserCart("not-a-cart-id", userId)).toBe(accountCartId);
      expect(await mergeGuestCartIntoUserCart(undefined, userId)).toBe(accountCartId);
      expect((await getCart({ userId })).lines.map((l) => [l.variantId, l.quantity])).toEqual([[ids.socks, 1]]);
      expect((await getCart({ userId: null })).lines).toEqual([]);
    } finally {
      await db.update(productVariants).set({ stock: 10 }).where(eq(productVariants.id, ids.hat));
    }
  });
});
