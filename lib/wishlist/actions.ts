"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { action, authedAction, fail } from "@/lib/actions";
import { getSessionUser, loginUrl, safeCallbackUrl } from "@/lib/auth";
import { addWishlistItem, listWishlistProductIds, mergeGuestWishlist, removeWishlistItem } from "./items";
import { moveWishlistItemToCart } from "./move-to-cart";
import { wishlistWriteRefusal } from "./rate-limit";
import { guestWishlistSchema, setWishlistedSchema, wishlistItemSchema } from "./schemas";
import { z } from "zod";

// Public POST endpoints (docs/architecture.md, invariants: server actions are). The shopper is
// always the session's; a form names a product (and a variant), never a user. The wishlist is
// in no cached page, so there is no tag to expire: hearts take their state from the result.

/** The heart with JavaScript: save or remove. Guests keep their list in the browser instead. */
export const setWishlisted = authedAction(setWishlistedSchema, async (input, caller) => {
  const limited = await wishlistWriteRefusal(caller.id);
  if (limited) return fail(limited);
  if (!input.saved) {
    await removeWishlistItem(db, caller.id, input.productId);
    return { ok: true, data: { saved: false }, message: "Removed from your wishlist." };
  }
  const result = await addWishlistItem(db, caller.id, input);
  if (!result.ok) return fail(result.message);
  return { ok: true, data: { saved: true }, message: "Saved to your wishlist." };
});

/**
 * The heart without JavaScript: a plain form post. A guest goes to log in and comes back to
 * the page; a signed-in shopper's change is made and the wishlist page shows the result.
 */
export const submitWishlistHeart = action(
  setWishlistedSchema.extend({ returnTo: z.string().max(2000).optional() }),
  async (input) => {
    const caller = await getSessionUser();
    if (!caller) redirect(loginUrl(safeCallbackUrl(input.returnTo, "/")));
    const limited = await wishlistWriteRefusal(caller.id);
    if (limited) return fail(limited);
    if (!input.saved) await removeWishlistItem(db, caller.id, input.productId);
    else {
      const result = await addWishlistItem(db, caller.id, input);
      if (!result.ok) return fail(result.message);
    }
    redirect(`/account/wishlist?notice=${input.saved ? "saved" : "removed"}`);
  },
);

export const removeFromWishlist = authedAction(wishlistItemSchema, async ({ productId }, caller) => {
  const removed = await removeWishlistItem(db, caller.id, productId);
  refresh();
  return { ok: true, data: undefined, message: removed ? "Removed from your wishlist." : "It was already removed." };
});

export const moveToCart = authedAction(wishlistItemSchema, async ({ productId }, caller) => {
  const limited = await wishlistWriteRefusal(caller.id);
  if (limited) return fail(limited);
  const result = await moveWishlistItemToCart(db, caller.id, productId);
  if (result.ok) refresh();
  return result;
});

/**
 * A guest's browser list, sent once by the browser when it sees a session: added to the
 * account (deduplicated, unknown and unpublished products dropped, up to the cap). Answers
 * with the account's whole list, for the hearts.
 */
export const mergeGuestWishlistIntoAccount = authedAction(guestWishlistSchema, async ({ productIds }, caller) => {
  const limited = await wishlistWriteRefusal(caller.id);
  if (limited) return fail(limited);
  const added = await mergeGuestWishlist(db, caller.id, productIds);
  return { ok: true, data: { added, productIds: await listWishlistProductIds(db, caller.id) } };
});
