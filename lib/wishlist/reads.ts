import "server-only";
import { db } from "@/db";
import { getSessionUser } from "@/lib/auth";
import { listWishlistProductIds } from "./items";
import { guestWishlistItems, listWishlistItems } from "./queries";
import type { WishlistItemView, WishlistState } from "./types";

// Entry points for routes (which never import the database): the handle is taken here and
// the shopper from the session.

/** The hearts' state for this request's visitor (GET /api/wishlist). */
export async function getWishlistState(): Promise<WishlistState> {
  const user = await getSessionUser();
  if (!user) return { signedIn: false, productIds: [] };
  return { signedIn: true, productIds: await listWishlistProductIds(db, user.id) };
}

export function listMyWishlistItems(userId: string): Promise<WishlistItemView[]> {
  return listWishlistItems(db, userId);
}

/** A guest's browser list, for its page: published products only. */
export function listGuestWishlistItems(productIds: readonly number[]): Promise<WishlistItemView[]> {
  return guestWishlistItems(db, productIds);
}
