import { count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, productVariants, wishlistItems } from "@/db/schema";
import { getCart } from "@/lib/cart/get-cart";
import { listWishlistItems, listWishlistProductIds, MAX_WISHLIST_ITEMS } from "@/lib/wishlist";
import { createUser, signInAs } from "./admin-helpers";

// The wishlist's server actions as the browser calls them, with the session from Auth.js's
// auth() (mocked) and the account's cart on the Postgres store.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/cart/store", async (original) => {
  const { createPostgresCartStore: make } = await import("@/lib/cart/store/postgres-store");
  const { db: handle } = await import("@/db");
  const store = make(handle);
  return { ...(await original<typeof import("@/lib/cart/store")>()), getCartStore: () => store };
});

const { mergeGuestWishlistIntoAccount, moveToCart, removeFromWishlist, setWishlisted } =
  await import("@/lib/wishlist/actions");

const ids = { tee: 0, teeS: 0, teeM: 0, mug: 0, mugOnly: 0, draft: 0, boots: 0, bootsOnly: 0 };
let shopper: { id: string; email: string; role: string };

beforeAll(async () => {
  const [tee, mug, draft, boots] = await db
    .insert(products)
    .values([
      { slug: "trail-tee", name: "Trail Tee", status: "active" },
      { slug: "camp-mug", name: "Camp Mug", status: "active" },
      { slug: "secret-tent", name: "Secret Tent", status: "draft" },
      { slug: "rock-boots", name: "Rock Boots", status: "active" },
    ])
    .returning();
  const v = (productId: number, sku: string, title: string, stock: number) =>
    ({ productId, sku, title, options: { Size: title }, priceAmount: 2500, currency: "USD", stock }) as const;
  const [teeS, teeM, mugOnly, , bootsOnly] = await db
    .insert(productVariants)
    .values([
      v(tee!.id, "TEE-S", "S", 4),
      v(tee!.id, "TEE-M", "M", 0),
      { ...v(mug!.id, "MUG", "Default", 9), options: {} },
      v(draft!.id, "TENT", "2P", 5),
      v(boots!.id, "BOOT-42", "42", 2),
    ])
    .returning();
  Object.assign(ids, {
    tee: tee!.id,
    teeS: teeS!.id,
    teeM: teeM!.id,
    mug: mug!.id,
    mugOnly: mugOnly!.id,
    draft: draft!.id,
    boots: boots!.id,
    bootsOnly: bootsOnly!.id,
  });
});

beforeEach(async () => {
  shopper = await createUser("customer");
  signInAs(shopper);
});

describe("the heart", () => {
  it("saves and removes a product for the signed-in shopper, with the variant picked", async () => {
    expect(await setWishlisted({ productId: ids.tee, variantId: ids.teeM, saved: true })).toMatchObject({
      ok: true,
      data: { saved: true },
    });
    expect(await setWishlisted({ productId: ids.mug, saved: "true" })).toMatchObject({ ok: true });
    expect(await listWishlistProductIds(db, shopper.id)).toEqual([ids.mug, ids.tee]);

    const [mug, tee] = await listWishlistItems(db, shopper.id);
    expect(tee).toMatchObject({ name: "Trail Tee", variantLabel: "M", stock: 0, cartVariantId: ids.teeM });
    expect(mug).toMatchObject({ name: "Camp Mug", variantLabel: null, stock: 9, cartVariantId: ids.mugOnly });

    expect(await setWishlisted({ productId: ids.tee, saved: "false" })).toMatchObject({ ok: true });
    expect(await listWishlistProductIds(db, shopper.id)).toEqual([ids.mug]);
  });

  it("refuses guests, unpublished products, another product's variant and bad input, changing nothing", async () => {
    signInAs(null);
    expect(await setWishlisted({ productId: ids.mug, saved: true })).toEqual({
      ok: false,
      formError: "Please log in to continue.",
    });
    signInAs(shopper);
    expect(await setWishlisted({ productId: ids.draft, saved: true })).toMatchObject({
      ok: false,
      formError: "Sorry, this product is no longer available.",
    });
    expect(await setWishlisted({ productId: ids.tee, variantId: ids.mugOnly, saved: true })).toMatchObject({
      ok: false,
      formError: "That option is not available.",
    });
    expect(await setWishlisted({ productId: "99999999999", saved: true })).toMatchObject({
      ok: false,
      fieldErrors: { productId: ["Choose a product."] },
    });
    expect(await listWishlistProductIds(db, shopper.id)).toEqual([]);
  });

  it("stops at the cap with a clear message, but still updates a saved product", async () => {
    const filler = await db
      .insert(products)
      .values(
        Array.from({ length: MAX_WISHLIST_ITEMS }, (_, i) => ({ slug: `cap-${shopper.id}-${i}`, name: `Cap ${i}` })),
      )
      .returning({ id: products.id });
    await db.insert(wishlistItems).values(filler.map((p) => ({ userId: shopper.id, productId: p.id })));
    expect(await setWishlisted({ productId: ids.mug, saved: true })).toMatchObject({
      ok: false,
      formError: `Your wishlist is full (${MAX_WISHLIST_ITEMS} items). Remove something to save this.`,
    });
    await db.delete(wishlistItems).where(eq(wishlistItems.productId, filler[0]!.id));
    expect(await setWishlisted({ productId: ids.tee, saved: true })).toMatchObject({ ok: true });
    expect(await setWishlisted({ productId: ids.tee, variantId: ids.teeS, saved: true })).toMatchObject({ ok: true });
    const [{ saved } = { saved: 0 }] = await db
      .select({ saved: count() })
      .from(wishlistItems)
      .where(eq(wishlistItems.userId, shopper.id));
    expect(saved).toBe(MAX_WISHLIST_ITEMS);
  });
});

describe("a guest's browser list at sign-in", () => {
  it("joins the account once: duplicates, unknown and unpublished products are dropped", async () => {
    await setWishlisted({ productId: ids.tee, variantId: ids.teeS, saved: true });
    const result = await mergeGuestWishlistIntoAccount({
      productIds: [ids.mug, ids.tee, ids.mug, ids.draft, 2_000_000, ids.boots],
    });
    expect(result).toMatchObject({ ok: true, data: { added: 2 } });
    expect(new Set(await listWishlistProductIds(db, shopper.id))).toEqual(new Set([ids.tee, ids.mug, ids.boots]));
    // The variant saved on the account is kept.
    const tee = (await listWishlistItems(db, shopper.id)).find((i) => i.productId === ids.tee);
    expect(tee?.cartVariantId).toBe(ids.teeS);
    // Sent again (a second tab): nothing changes.
    expect(await mergeGuestWishlistIntoAccount({ productIds: [ids.mug, ids.boots] })).toMatchObject({
      ok: true,
      data: { added: 0 },
    });
  });

  it("needs a session", async () => {
    signInAs(null);
    expect(await mergeGuestWishlistIntoAccount({ productIds: [ids.mug] })).toMatchObject({ ok: false });
  });
});

describe("move to cart", () => {
  it("adds the saved variant (or the only one) to the account's cart and takes it off the list", async () => {
    await setWishlisted({ productId: ids.tee, variantId: ids.teeS, saved: true });
    await setWishlisted({ productId: ids.mug, saved: true });
    expect(await moveToCart({ productId: ids.tee })).toMatchObject({ ok: true, data: { variantId: ids.teeS } });
    expect(await moveToCart({ productId: ids.mug })).toMatchObject({ ok: true, data: { variantId: ids.mugOnly } });
    const cart = await getCart();
    expect(cart.lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual(
      [
        [ids.teeS, 1],
        [ids.mugOnly, 1],
      ].sort(),
    );
    expect(await listWishlistProductIds(db, shopper.id)).toEqual([]);
  });

  it("asks for a choice when several variants and none picked; keeps a sold-out item on the list", async () => {
    await setWishlisted({ productId: ids.tee, saved: true });
    await setWishlisted({ productId: ids.boots, variantId: ids.bootsOnly, saved: true });
    expect(await moveToCart({ productId: ids.tee })).toEqual({
      ok: false,
      formError: "Choose an option on the product page first.",
    });
    await db.update(productVariants).set({ stock: 0 }).where(eq(productVariants.id, ids.bootsOnly));
    expect(await moveToCart({ productId: ids.boots })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/out of stock/),
    });
    expect(new Set(await listWishlistProductIds(db, shopper.id))).toEqual(new Set([ids.tee, ids.boots]));
    expect((await getCart()).lines).toEqual([]);
  });

  it("only moves the caller's own items", async () => {
    await setWishlisted({ productId: ids.mug, saved: true });
    signInAs(await createUser("customer"));
    expect(await moveToCart({ productId: ids.mug })).toMatchObject({ ok: false });
    expect(await removeFromWishlist({ productId: ids.mug })).toMatchObject({
      ok: true,
      message: "It was already removed.",
    });
    signInAs(shopper);
    expect(await listWishlistProductIds(db, shopper.id)).toEqual([ids.mug]);
  });
});
