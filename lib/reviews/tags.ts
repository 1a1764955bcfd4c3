import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";

/**
 * After a change to a product's published reviews commits: its reviews, its page (summary and
 * JSON-LD) and the listings whose cards may show its stars. A change that leaves the rating
 * alone (a vote, a reply) passes `ratingChanged: false` and expires the reviews alone.
 */
export async function expireReviewTags(
  product: { id: number; slug: string | null },
  { ratingChanged }: { ratingChanged: boolean },
): Promise<void> {
  const tags = [cacheTags.productReviews(product.id)];
  if (ratingChanged) {
    tags.push(cacheTags.products);
    if (product.slug) tags.push(cacheTags.product(product.slug));
  }
  await expireTags(tags);
}
