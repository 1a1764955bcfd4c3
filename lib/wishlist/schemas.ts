import { z } from "zod";
import { MAX_WISHLIST_ITEMS } from "./limits";

// What a wishlist form may send: product and variant ids, never a user id (that comes from
// the session). Ids past Postgres's integer are refused here rather than failing the query.

const dbId = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(1, message).max(2_147_483_647, message);

const productId = dbId("Choose a product.");
// An empty form field means "no variant picked".
const variantId = z.preprocess((v) => (v === "" || v === null ? undefined : v), dbId("Choose an option.").optional());

export const wishlistItemSchema = z.object({ productId });

/** The heart: `saved` is the state the shopper asked for ("true" or "false" from a form). */
export const setWishlistedSchema = z.object({
  productId,
  variantId,
  saved: z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")]),
});

/** A guest's browser list, sent once at sign-in. Longer lists than the cap are cut, not refused. */
export const guestWishlistSchema = z.object({
  productIds: z.array(productId).max(MAX_WISHLIST_ITEMS * 2, "Too many items."),
});
