import "server-only";
import { and, eq } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb, db } from "@/db";
import { products } from "@/db/schema";
import { requireStaff, requireUser } from "@/lib/auth";
import { cacheTags } from "@/lib/cache-tags";
import { isValidSlug } from "@/lib/catalog";
import { skipsDataAtBuild } from "@/lib/env";
import { deliveredOrderWith } from "./eligibility";
import { REVIEW_PAGE_SIZE, reviewFormPath, type ReviewSort, type ReviewStatus } from "./input";
import { queryRatingSummary } from "./ratings";
import { queryOwnReview, queryProductReviews, queryStaffReviews } from "./reads";
import type { OwnReview, RatingSummary, ReviewPage } from "./types";
import { markHelpful } from "./votes";
import { createReview, deleteReview, editReview } from "./write";

// Shoppers' reviews and ratings. The product page and its reviews pages read through the
// cached reads here, tagged per product (cacheTags.productReviews): they stay cached pages,
// and every change to a product's published reviews expires the tag (./tags.ts). What is
// per shopper (their own review, whether they may write one) is read per request, on the
// review form's page under /account.

/** The published reviews' average, count and distribution by stars. */
export async function getReviewSummary(productId: number): Promise<RatingSummary> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.productReviews(productId));
  if (skipsDataAtBuild()) return { count: 0, average: 0, distribution: [0, 0, 0, 0, 0] };
  return queryRatingSummary(catalogDb, productId);
}

export async function getProductReviews(
  productId: number,
  sort: ReviewSort,
  page: number,
  pageSize = REVIEW_PAGE_SIZE,
): Promise<ReviewPage> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.productReviews(productId));
  if (skipsDataAtBuild()) return { reviews: [], page: 1, pageCount: 1, total: 0 };
  return queryProductReviews(catalogDb, productId, sort, page, pageSize);
}

export type ReviewFormState = {
  product: { id: number; slug: string; name: string };
  own: OwnReview | null;
  /** Whether the shopper received the product (a review needs it). */
  canReview: boolean;
  defaultName: string;
};

/** The review form's page: the signed-in shopper, the product, their review and whether they may write one. */
export async function getReviewForm(slug: string): Promise<ReviewFormState | null> {
  // A slug that cannot exist (typed or hostile) is answered before the database.
  if (!isValidSlug(slug)) return null;
  const user = await requireUser(reviewFormPath(slug));
  const [product] = await db
    .select({ id: products.id, slug: products.slug, name: products.name })
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.status, "active")));
  if (!product) return null;
  const [own, orderId] = await Promise.all([
    queryOwnReview(db, user.id, product.id),
    deliveredOrderWith(db, user.id, product.id),
  ]);
  return { product, own, canReview: orderId !== null, defaultName: firstName(user.name) };
}

function firstName(name: string | null | undefined): string {
  return name?.trim().split(/\s+/)[0] ?? "";
}

/** Reviews for the moderation list (staff only). */
export async function listReviewsForStaff(page: number, status?: ReviewStatus) {
  await requireStaff("/admin/reviews");
  return queryStaffReviews(db, page, status);
}

// Entries for the shopper's actions: the database is this domain's to supply.

export function postReview(mode: "create" | "edit", userId: string, slug: string, input: unknown) {
  return mode === "create" ? createReview(db, userId, slug, input) : editReview(db, userId, slug, input);
}

export function removeReview(userId: string, slug: string) {
  return deleteReview(db, userId, slug);
}

export function voteHelpful(userId: string, reviewId: number) {
  return markHelpful(db, userId, reviewId);
}

export { NOT_A_BUYER } from "./eligibility";
export {
  HIDE_REASON_MAX,
  isReviewSort,
  LOG_IN_TO_VOTE,
  isReviewStatus,
  REVIEW_REPLY_MAX,
  REVIEW_SORTS,
  REVIEW_STATUSES,
  REVIEWS_ON_PRODUCT_PAGE,
  reviewFormPath,
  reviewSortLabels,
  reviewsPath,
  reviewStatusLabels,
} from "./input";
export type { ReviewSort, ReviewStatus } from "./input";
export { hideReview, publishReview, replyToReview } from "./moderation";
export type * from "./types";
export { createReview, deleteReview, editReview };
export { markHelpful };
