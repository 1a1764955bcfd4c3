import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { reviews, reviewVotes } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { expireReviewTags } from "./tags";

// "Was this helpful?": one vote per shopper and published review, never on one's own. The
// vote and the review's helpful_count change in one transaction.

export async function markHelpful(
  db: Db,
  userId: string,
  reviewId: number,
): Promise<{ ok: true; helpfulCount: number } | Refused> {
  const outcome = await db.transaction(async (tx) => {
    const [review] = await tx
      .select({ productId: reviews.productId, userId: reviews.userId })
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.status, "published")));
    if (!review) return { ok: false as const, message: "This review is no longer shown." };
    if (review.userId === userId) return { ok: false as const, message: "You cannot vote on your own review." };
    const [vote] = await tx
      .insert(reviewVotes)
      .values({ reviewId, userId })
      .onConflictDoNothing()
      .returning({ reviewId: reviewVotes.reviewId });
    if (!vote) return { ok: false as const, message: "You have already marked this review as helpful." };
    const [updated] = await tx
      .update(reviews)
      .set({ helpfulCount: sql`${reviews.helpfulCount} + 1` })
      .where(eq(reviews.id, reviewId))
      .returning({ helpfulCount: reviews.helpfulCount });
    return { ok: true as const, helpfulCount: updated!.helpfulCount, productId: review.productId };
  });
  if (!outcome.ok) return outcome;
  await expireReviewTags({ id: outcome.productId, slug: null }, { ratingChanged: false });
  return { ok: true, helpfulCount: outcome.helpfulCount };
}
