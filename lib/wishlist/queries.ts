import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { productImages, products, productVariants, wishlistItems } from "@/db/schema";
import { toImage } from "@/lib/catalog";
import { money } from "@/lib/money";
import type { WishlistItemView } from "./types";
import { optionText } from "./variant-text";

// Reads for the wishlist page (signed in: the saved rows; a guest: the ids from the browser).
// Rendered per request, never cached: the list is one shopper's.

type Saved = { productId: number; variantId: number | null };

/** The account's saved items, newest first. */
export async function listWishlistItems(db: DbOrTx, userId: string): Promise<WishlistItemView[]> {
  const rows = await db
    .select({ productId: wishlistItems.productId, variantId: wishlistItems.variantId })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(desc(wishlistItems.createdAt), desc(wishlistItems.productId));
  return itemViews(db, rows);
}

/** A guest's browser list: published products only, in the order given. */
export async function guestWishlistItems(db: DbOrTx, productIds: readonly number[]): Promise<WishlistItemView[]> {
  const views = await itemViews(
    db,
    [...new Set(productIds)].map((productId) => ({ productId, variantId: null })),
  );
  return views.filter((v) => v.available);
}

async function itemViews(db: DbOrTx, saved: readonly Saved[]): Promise<WishlistItemView[]> {
  const ids = saved.map((s) => s.productId);
  if (ids.length === 0) return [];
  const [productRows, variantRows, imageRows] = await Promise.all([
    db
      .select({ id: products.id, slug: products.slug, name: products.name, status: products.status })
      .from(products)
      .where(inArray(products.id, ids)),
    db
      .select({
        id: productVariants.id,
        productId: productVariants.productId,
        title: productVariants.title,
        options: productVariants.options,
        priceAmount: productVariants.priceAmount,
        currency: productVariants.currency,
        stock: productVariants.stock,
      })
      .from(productVariants)
      .where(inArray(productVariants.productId, ids))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    db
      .select({
        productId: productImages.productId,
        variantId: productImages.variantId,
        imagePath: productImages.path,
        imageAlt: productImages.alt,
        imageWidth: productImages.width,
        imageHeight: productImages.height,
      })
      .from(productImages)
      .where(inArray(productImages.productId, ids))
      .orderBy(asc(productImages.position), asc(productImages.id)),
  ]);
  const productsById = new Map(productRows.map((p) => [p.id, p]));

  return saved.flatMap(({ productId, variantId }): WishlistItemView[] => {
    const product = productsById.get(productId);
    if (!product) return [];
    const variants = variantRows.filter((v) => v.productId === productId);
    const picked = variantId === null ? undefined : variants.find((v) => v.id === variantId);
    const cheapest = [...variants].sort((a, b) => a.priceAmount - b.priceAmount)[0];
    const priced = picked ?? cheapest;
    const images = imageRows.filter((i) => i.productId === productId);
    const image = (picked && images.find((i) => i.variantId === picked.id)) ?? images[0];
    const available = product.status === "active" && variants.length > 0;
    const cartVariant = picked ?? (variants.length === 1 ? variants[0] : undefined);
    return [
      {
        productId,
        slug: product.slug,
        name: product.name,
        available,
        image: image ? toImage(image) : null,
        price: priced ? money(priced.priceAmount, priced.currency) : null,
        fromPrice: !picked && variants.length > 1 && variants.some((v) => v.priceAmount !== cheapest?.priceAmount),
        variantLabel: picked ? optionText(picked) : null,
        stock: picked ? picked.stock : variants.reduce((sum, v) => sum + v.stock, 0),
        cartVariantId: available && cartVariant ? cartVariant.id : null,
      },
    ];
  });
}
