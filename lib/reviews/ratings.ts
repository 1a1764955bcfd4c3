import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";
import { productRatings, products, reviews } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import type { RatingSummary } from "./types";

// product_ratings holds the published reviews' summary per product, kept in the transaction
// that changes a review (cards, search and JSON-LD read it without counting). It is counted
// again from the reviews rather than nudged by deltas: after the row lock, the count sees
// every review committed before, so two changes at once cannot lose one another.

/**
 * Recounts a product's rating after a change to its published reviews, and enqueues
 * `catalog/product.changed` in the same transaction so its search document and pages follow.
 * Returns the product's slug, for the tags the caller expires after commit.
 */
export async function recountRating(tx: Tx, productId: number): Promise<string | null> {
  await tx.insert(productRatings).values({ productId }).onConflictDoNothing();
  await tx
    .select({ id: productRatings.productId })
    .from(productRatings)
    .where(eq(productRatings.productId, productId))
    .for("update");
  const published = and(eq(reviews.productId, productId), eq(reviews.status, "published"));
  const stars = (n: number) => sql<number>`count(*) filter (where ${reviews.rating} = ${n})::int`;
  const [counted] = await tx
    .select({
      reviewCount: sql<number>`count(*)::int`,
      ratingSum: sql<number>`coalesce(sum(${reviews.rating}), 0)::int`,
      stars1: stars(1),
      stars2: stars(2),
      stars3: stars(3),
      stars4: stars(4),
      stars5: stars(5),
    })
    .from(reviews)
    .where(published);
  await tx
    .update(productRatings)
    .set({ ...counted!, updatedAt: new Date() })
    .where(eq(productRatings.productId, productId));
  const [product] = await tx.select({ slug: products.slug }).from(products).where(eq(products.id, productId));
  await enqueueEvent(tx, "catalog/product.changed", {
    productId,
    ...(product ? { slug: product.slug } : {}),
    change: "updated",
  });
  return product?.slug ?? null;
}

type RatingRow = Pick<
  typeof productRatings.$inferSelect,
  "reviewCount" | "ratingSum" | "stars1" | "stars2" | "stars3" | "stars4" | "stars5"
>;

export function toRatingSummary(row: RatingRow | undefined): RatingSummary {
  if (!row || row.reviewCount === 0) return { count: 0, average: 0, distribution: [0, 0, 0, 0, 0] };
  return {
    count: row.reviewCount,
    average: Math.round((row.ratingSum / row.reviewCount) * 10) / 10,
    distribution: [row.stars1, row.stars2, row.stars3, row.stars4, row.stars5],
  };
}

export async function queryRatingSummary(db: DbOrTx, productId: number): Promise<RatingSummary> {
  const [row] = await db.select().from(productRatings).where(eq(productRatings.productId, productId));
  return toRatingSummary(row);
}
