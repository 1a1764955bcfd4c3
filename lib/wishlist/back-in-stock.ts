import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { type Db, selectRows } from "@/db";
import { products, productVariants, users, wishlistItems } from "@/db/schema";
import { absoluteUrl, productPath } from "@/lib/catalog";
import { env } from "@/lib/env";
import { enqueueEvents } from "@/lib/events";
import { optionText } from "./variant-text";

// Back-in-stock emails (docs/architecture.md, events and the outbox). Every stock change
// announces itself as `catalog/product.changed` (staff adjustments, the product editor and CSV
// import, orders taking stock, cancellations, refunds and expired payments returning it); its
// wishlist handler runs this. A row with `notified_at` empty is waiting for its item: when the
// item can be bought, the row is claimed (`notified_at` set) and one
// `shop/wishlist.back-in-stock` event is written for its owner in the same transaction, whose
// own handler sends the email, keyed by that event. A second delivery of the same change, or
// another change while the item stays in stock, finds nothing left to claim; two deliveries at
// once claim each row once (the update locks it). When the item is unavailable again the mark
// is cleared, so the next return sends again.

// The row's item can be bought: the picked variant, or for a row without one any variant,
// of a published product.
const buyable = sql`exists (
  select 1 from ${productVariants} v join ${products} p on p.id = v.product_id
  where v.product_id = ${wishlistItems.productId} and p.status = 'active' and v.stock > 0
    and (${wishlistItems.variantId} is null or v.id = ${wishlistItems.variantId}))`;

/** Returns how many shoppers were told (events written). Idempotent. */
export async function announceBackInStock(db: Db, productId: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .update(wishlistItems)
      .set({ notifiedAt: null })
      .where(
        sql`${wishlistItems.productId} = ${productId} and ${wishlistItems.notifiedAt} is not null and not ${buyable}`,
      );

    const claimed = await selectRows<{ user_id: string; variant_id: number | null }>(
      tx,
      sql`update ${wishlistItems} set notified_at = now()
          where ${wishlistItems.productId} = ${productId} and ${wishlistItems.notifiedAt} is null and ${buyable}
          returning ${wishlistItems.userId} as user_id, ${wishlistItems.variantId} as variant_id`,
    );
    if (claimed.length === 0) return 0;

    const [product] = await tx
      .select({ name: products.name, slug: products.slug })
      .from(products)
      .where(eq(products.id, productId));
    const variants = await tx
      .select({
        id: productVariants.id,
        title: productVariants.title,
        options: productVariants.options,
        priceAmount: productVariants.priceAmount,
        currency: productVariants.currency,
        stock: productVariants.stock,
      })
      .from(productVariants)
      .where(eq(productVariants.productId, productId))
      .orderBy(asc(productVariants.position), asc(productVariants.id));
    const owners = await tx
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(
        inArray(
          users.id,
          claimed.map((c) => c.user_id),
        ),
      );
    const ownerById = new Map(owners.map((o) => [o.id, o]));

    const payloads = claimed.flatMap((row) => {
      const owner = ownerById.get(row.user_id);
      if (!owner || !product) return [];
      const picked = variants.find((v) => v.id === row.variant_id);
      // A row without a variant names the price of the first one that can be bought.
      const shown = picked ?? variants.find((v) => v.stock > 0);
      return [
        {
          userId: owner.id,
          email: owner.email,
          ...(owner.name ? { name: owner.name } : {}),
          productId,
          productName: product.name,
          ...(picked ? { variant: optionText(picked) } : {}),
          productUrl: absoluteUrl(productPath(product.slug, picked), env.SITE_URL),
          wishlistUrl: absoluteUrl("/account/wishlist", env.SITE_URL),
          ...(shown ? { price: shown.priceAmount, currency: shown.currency } : {}),
        },
      ];
    });
    return enqueueEvents(tx, "shop/wishlist.back-in-stock", payloads);
  });
}
