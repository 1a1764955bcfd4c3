import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { productImages, products, productVariants } from "@/db/schema";
import { addToCart } from "@/lib/cart/actions/add-to-cart";
import { removeFromCart } from "@/lib/cart/actions/remove-cart-line";
import { updateCartLineQuantity } from "@/lib/cart/actions/update-cart-line";
import { CART_COOKIE, isCartId } from "@/lib/cart/cart-id";
import { getCart } from "@/lib/cart/get-cart";
import type { CartStore } from "@/lib/cart/store/types";
import { money } from "@/lib/money";
import { cartStoresUnderTest } from "./helpers/cart-stores";

// The cart's server actions as a browser calls them: FormData in, result out, with the
// request's cookies and Next's refresh() stubbed. Run on the Postgres store and, when
// REDIS_URL is set, on Redis (a private key prefix per run).

const state = vi.hoisted(() => ({
  store: undefined as CartStore | undefined,
  cookies: new Map<string, { value: string; options?: Record<string, unknown> }>(),
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) =>
      void state.cookies.set(name, { value, options }),
    delete: (name: string) => void state.cookies.delete(name),
  }),
}));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("@/lib/cart/owner", () => ({ resolveCartOwner: async () => ({ userId: null }) })); // a guest
vi.mock("@/lib/cart/store", async (original) => ({
  ...(await original<typeof import("@/lib/cart/store")>()),
  getCartStore: () => state.store!,
}));

const ids = { tent: 0, lamp: 0, scarce: 0, archived: 0, soldOut: 0 };

beforeAll(async () => {
  const [active, archived] = await db
    .insert(products)
    .values([
      { slug: "ridge-tent", name: "Ridge Tent", status: "active" },
      { slug: "old-stove", name: "Old Stove", status: "archived" },
    ])
    .returning();
  await db.insert(productImages).values([
    { productId: active!.id, path: "products/ridge-tent-2.webp", alt: "Side", width: 800, height: 800, position: 1 },
    { productId: active!.id, path: "products/ridge-tent-1.webp", alt: "Front", width: 800, height: 600, position: 0 },
  ]);
  const variant = (productId: number, sku: string, title: string, priceAmount: number, stock: number) =>
    ({ productId, sku, title, priceAmount, stock, currency: "USD" }) as const;
  const rows = await db
    .insert(productVariants)
    .values([
      variant(active!.id, "TENT-2P", "2-person", 24900, 50),
      variant(active!.id, "LAMP", "Lamp", 1999, 40),
      variant(active!.id, "TENT-4P", "4-person", 39900, 3),
      variant(archived!.id, "STOVE", "Default", 4900, 10),
      variant(active!.id, "TENT-1P", "1-person", 19900, 0),
    ])
    .returning();
  const [tent, lamp, scarce, archivedStove, soldOut] = rows.map((r) => r.id);
  Object.assign(ids, { tent, lamp, scarce, archived: archivedStove, soldOut });
});

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

const stores = cartStoresUnderTest("cart-actions");

describe.each(stores)("cart actions on %s", (_name, makeStore, enabled) => {
  const test = enabled ? it : it.skip;
  beforeEach(() => {
    if (enabled) state.store = makeStore();
    state.cookies.clear();
  });

  test("add to cart sets an httpOnly cart cookie and prices the line from the database", async () => {
    const result = await addToCart(null, form({ variantId: ids.tent, quantity: 2 }));
    expect(result).toMatchObject({ ok: true, message: "Added 2 × Ridge Tent (2-person) to your cart." });
    const cookie = state.cookies.get(CART_COOKIE);
    expect(isCartId(cookie?.value)).toBe(true);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });

    const cart = await getCart();
    expect(cart.lines.map((l) => [l.productName, l.variantTitle, l.quantity, l.lineTotal])).toEqual([
      ["Ridge Tent", "2-person", 2, money(49800, "USD")],
    ]);
    expect(cart.lines[0]?.image).toEqual({
      url: "/media/products/ridge-tent-1.webp",
      alt: "Front",
      width: 800,
      height: 600,
    });
    expect(cart.subtotal).toEqual(money(49800, "USD"));
    expect(cart.shipping).toEqual(money(0, "USD")); // over the free-shipping threshold
    expect(cart.total).toEqual(money(49800 + 3486, "USD"));
  });

  test("a tampered price or cart id in the form has no effect", async () => {
    await addToCart(null, form({ variantId: ids.lamp, quantity: 1 }));
    const mine = state.cookies.get(CART_COOKIE)!.value;
    const tampered = form({
      variantId: ids.lamp,
      quantity: 1,
      price: 1,
      priceAmount: 1,
      unitPrice: "0.01",
      cartId: "A".repeat(22),
    });
    expect(await addToCart(null, tampered)).toMatchObject({ ok: true });
    const cart = await getCart();
    expect(cart.id).toBe(mine);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({ quantity: 2, unitPrice: money(1999, "USD"), lineTotal: money(3998, "USD") });
    expect(cart.subtotal).toEqual(money(3998, "USD"));
  });

  test("unknown, archived and sold-out variants get a clear message and change nothing", async () => {
    expect(await addToCart(null, form({ variantId: 999_999, quantity: 1 }))).toEqual({
      ok: false,
      formError: "Sorry, this item is no longer available.",
    });
    expect(await addToCart(null, form({ variantId: ids.archived, quantity: 1 }))).toMatchObject({
      ok: false,
      formError: "Sorry, this item is no longer available.",
    });
    expect(await addToCart(null, form({ variantId: ids.soldOut, quantity: 1 }))).toMatchObject({
      ok: false,
      formError: "Sorry, Ridge Tent (1-person) is out of stock.",
    });
    expect(state.cookies.has(CART_COOKIE)).toBe(false);
    expect((await getCart()).lines).toEqual([]);
  });

  test("quantities must be whole numbers from 1 to 99 and within stock", async () => {
    const fieldError = async (quantity: string | number, variantId = ids.tent) => {
      const result = await addToCart(null, form({ variantId, quantity }));
      return result.ok ? null : result.fieldErrors?.quantity?.[0];
    };
    expect(await fieldError(0)).toBe("Enter a quantity of at least 1.");
    expect(await fieldError("2.5")).toBe("Enter a whole number from 1 to 99.");
    expect(await fieldError(100)).toBe("You can order at most 99 at a time.");
    expect(await fieldError(4, ids.scarce)).toBe("Only 3 left in stock.");
    expect((await getCart()).lines).toEqual([]);

    expect(await addToCart(null, form({ variantId: ids.scarce, quantity: 2 }))).toMatchObject({ ok: true });
    expect(await addToCart(null, form({ variantId: ids.scarce, quantity: 2 }))).toMatchObject({
      ok: true,
      message: "Added 1 of Ridge Tent (4-person). Your cart now has 3, the most you can order.",
    });
    expect(await addToCart(null, form({ variantId: ids.scarce, quantity: 1 }))).toMatchObject({ ok: false });
    expect((await getCart()).lines[0]?.quantity).toBe(3);
  });

  test("20 parallel adds of one variant end with the right quantity, never above stock", async () => {
    await addToCart(null, form({ variantId: ids.lamp, quantity: 1 })); // sets the cookie all share
    await Promise.all(Array.from({ length: 20 }, () => addToCart(null, form({ variantId: ids.lamp, quantity: 1 }))));
    await Promise.all(Array.from({ length: 20 }, () => addToCart(null, form({ variantId: ids.scarce, quantity: 1 }))));
    const cart = await getCart();
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [ids.lamp, 21],
      [ids.scarce, 3],
    ]);
  });

  test("update changes a quantity within stock; 0 and remove take the line out", async () => {
    await addToCart(null, form({ variantId: ids.tent, quantity: 1 }));
    await addToCart(null, form({ variantId: ids.lamp, quantity: 1 }));
    expect(await updateCartLineQuantity(null, form({ variantId: ids.tent, quantity: 4 }))).toMatchObject({ ok: true });
    expect(await updateCartLineQuantity(null, form({ variantId: ids.tent, quantity: 51 }))).toMatchObject({
      ok: false,
      fieldErrors: { quantity: ["Only 50 left in stock."] },
    });
    // A variant that is not in this cart: nothing is created.
    expect(await updateCartLineQuantity(null, form({ variantId: ids.scarce, quantity: 2 }))).toMatchObject({
      ok: false,
      formError: "That item is no longer in your cart.",
    });
    expect((await getCart()).lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [ids.tent, 4],
      [ids.lamp, 1],
    ]);
    expect(await updateCartLineQuantity(null, form({ variantId: ids.lamp, quantity: 0 }))).toMatchObject({ ok: true });
    expect(await removeFromCart(null, form({ variantId: ids.tent }))).toMatchObject({
      ok: true,
      message: "Removed Ridge Tent (2-person) from your cart.",
    });
    const cart = await getCart();
    expect(cart.lines).toEqual([]);
    expect(cart.total).toEqual(money(0, "USD"));
  });

  test("editing a cart without a cookie touches no one's cart", async () => {
    await addToCart(null, form({ variantId: ids.tent, quantity: 1 }));
    const someoneElse = state.cookies.get(CART_COOKIE)!.value;
    state.cookies.clear();
    expect(await removeFromCart(null, form({ variantId: ids.tent }))).toMatchObject({ ok: true });
    state.cookies.set(CART_COOKIE, { value: someoneElse });
    expect((await getCart()).lines).toHaveLength(1);
  });
});
