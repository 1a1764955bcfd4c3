import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { products, productVariants, wishlistItems } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { MAX_WISHLIST_ITEMS, WISHLIST_FULL } from "./limits";

// A signed-in shopper's wishlist. Every function takes the user id from the caller's session
// (never from the request) and scopes every query by it.
//
// `notified_at` doubles as "nothing to announce": an item saved while it can be bought gets it
// set at once, so only a return to stock after it was unavailable sends the email
// (./back-in-stock.ts); an item saved while sold out starts with it empty, waiting.

type Saved = { ok: true; added: boolean } | Refused;

const unavailable: Refused = { ok: false, message: "Sorry, this product is no longer available." };

/** Saves a product (with the variant picked, if any), or updates the variant of a saved one. */
export async function addWishlistItem(
  db: DbOrTx,
  userId: string,
  input: { productId: number; variantId?: number | undefined },
): Promise<Saved> {
  const variants = await db
    .select({ id: productVariants.id, stock: productVariants.stock })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(and(eq(products.id, input.productId), eq(products.status, "active")));
  if (variants.length === 0) return unavailable;
  const variant = input.variantId === undefined ? undefined : variants.find((v) => v.id === input.variantId);
  if (input.variantId !== undefined && !variant) return { ok: false, message: "That option is not available." };
  const buyable = variant ? variant.stock > 0 : variants.some((v) => v.stock > 0);
  const notifiedAt = buyable ? new Date().toISOString() : null;

  // The count and the insert in one statement; a product already saved is updated even at the cap.
  const rows = await selectRows<{ created: boolean }>(
    db,
    sql`insert into ${wishlistItems} (user_id, product_id, variant_id, notified_at)
        select ${userId}, ${input.productId}::integer, ${variant?.id ?? null}::integer, ${notifiedAt}::timestamptz
        where (select count(*) from ${wishlistItems} where user_id = ${userId}) < ${MAX_WISHLIST_ITEMS}
           or exists (select 1 from ${wishlistItems} where user_id = ${userId} and product_id = ${input.productId})
        on conflict (user_id, product_id)
          do update set variant_id = excluded.variant_id, notified_at = excluded.notified_at
        returning (xmax = 0) as created`,
  );
  if (rows.length === 0) return { ok: false, message: WISHLIST_FULL };
  return { ok: true, added: Boolean(rows[0]!.created) };
}

/** True when the product was on the list. */
export async function removeWishlistItem(db: DbOrTx, userId: string, productId: number): Promise<boolean> {
  const rows = await db
    .delete(wishlistItems)
    .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)))
    .returning({ productId: wishlistItems.productId });
  return rows.length > 0;
}

/** The saved product ids, newest first: what the hearts need. */
export async function listWishlistProductIds(db: DbOrTx, userId: string): Promise<number[]> {
  const rows = await db
    .select({ productId: wishlistItems.productId })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(desc(wishlistItems.createdAt), desc(wishlistItems.productId));
  return rows.map((r) => r.productId);
}

/**
 * A guest's browser list joins the account at sign-in: products already saved stay as they
 * are, unknown and unpublished ids are dropped, and nothing goes past the cap. Returns how
 * many were added.
 */
export async function mergeGuestWishlist(db: DbOrTx, userId: string, productIds: readonly number[]): Promise<number> {
  const wanted = [...new Set(productIds)];
  if (wanted.length === 0) return 0;
  const [{ saved } = { saved: 0 }] = await db
    .select({ saved: count() })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId));
  const room = MAX_WISHLIST_ITEMS - Number(saved);
  if (room <= 0) return 0;
  const available = await db
    .select({
      productId: products.id,
      buyable: sql<boolean>`bool_or(${productVariants.stock} > 0)`,
    })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(and(inArray(products.id, wanted), eq(products.status, "active")))
    .groupBy(products.id);
  const byId = new Map(available.map((a) => [a.productId, Boolean(a.buyable)]));
  const now = new Date();
  const rows = wanted
    .filter((id) => byId.has(id))
    .slice(0, room)
    .map((productId) => ({ userId, productId, notifiedAt: byId.get(productId) ? now : null }));
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(wishlistItems)
    .values(rows)
    .onConflictDoNothing()
    .returning({ productId: wishlistItems.productId });
  return inserted.length;
}
