import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { products, productVariants, wishlistItems } from "@/db/schema";
import type { ActionResult } from "@/lib/actions";
import { addToCart, type CartChange } from "@/lib/cart/client";
import { removeWishlistItem } from "./items";

// "Move to cart": adds one of the saved variant (or the product's only variant) to the
// shopper's cart through the cart's own action, so its rules (published, in stock, the line
// cap, today's price) apply unchanged, and takes the item off the list once it is in the cart.

type Moved = ActionResult<CartChange>;

export async function moveWishlistItemToCart(db: DbOrTx, userId: string, productId: number): Promise<Moved> {
  const [row] = await db
    .select({ variantId: wishlistItems.variantId })
    .from(wishlistItems)
    .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
  if (!row) return { ok: false, formError: "That item is no longer on your wishlist." };
  const variants = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.productId, productId), eq(products.status, "active")))
    .orderBy(asc(productVariants.position), asc(productVariants.id));
  const variantId = row.variantId ?? (variants.length === 1 ? variants[0]!.id : null);
  if (variants.length === 0) return { ok: false, formError: "Sorry, this product is no longer available." };
  if (variantId === null) return { ok: false, formError: "Choose an option on the product page first." };

  const added = await addToCart({ variantId, quantity: 1 });
  if (!added.ok) return added;
  await removeWishlistItem(db, userId, productId);
  return { ...added, message: `${added.message ?? "Added to your cart."} It is off your wishlist now.` };
}
