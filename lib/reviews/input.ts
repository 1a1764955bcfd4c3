import { z } from "zod";

// What a shopper may write, and the views of a product's reviews: pure, so the form, the
// action and the tests share one set of rules.

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 5000;
export const REVIEW_NAME_MAX = 60;
export const REVIEW_REPLY_MAX = 2000;
export const HIDE_REASON_MAX = 300;

export const reviewInputSchema = z.object({
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  title: z
    .string()
    .trim()
    .min(1, "Give your review a title.")
    .max(REVIEW_TITLE_MAX, `Keep the title to ${REVIEW_TITLE_MAX} characters.`),
  body: z
    .string()
    .trim()
    .min(1, "Write a few words about the product.")
    .max(REVIEW_BODY_MAX, `Keep the review to ${REVIEW_BODY_MAX} characters.`),
  authorName: z
    .string()
    .trim()
    .min(1, "Enter the name to show with your review.")
    .max(REVIEW_NAME_MAX, `Keep the name to ${REVIEW_NAME_MAX} characters.`),
});

export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const REVIEW_SORTS = ["newest", "highest", "lowest", "helpful"] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export const reviewSortLabels: Record<ReviewSort, string> = {
  newest: "Newest",
  highest: "Highest rated",
  lowest: "Lowest rated",
  helpful: "Most helpful",
};

export function isReviewSort(value: unknown): value is ReviewSort {
  return REVIEW_SORTS.some((s) => s === value);
}

/** The vote answers this to a visitor who is not signed in; the button adds a login link. */
export const LOG_IN_TO_VOTE = "Log in to mark reviews as helpful.";

export const REVIEW_PAGE_SIZE = 10;
/** Reviews shown on the product page itself, under the summary. */
export const REVIEWS_ON_PRODUCT_PAGE = 3;

/** The path of a product's reviews in one order, one page at a time (each view a cached page). */
export function reviewsPath(slug: string, sort: ReviewSort = "newest", page = 1): string {
  const base = `/products/${encodeURIComponent(slug)}/reviews`;
  return sort === "newest" && page === 1 ? base : `${base}/${sort}/${page}`;
}

/** Where a shopper writes (or edits) their review of a product. */
export function reviewFormPath(slug: string): string {
  return `/account/reviews/${encodeURIComponent(slug)}`;
}

export const REVIEW_STATUSES = ["pending", "published", "hidden"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  pending: "Waiting for moderation",
  published: "Published",
  hidden: "Hidden",
};

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return REVIEW_STATUSES.some((s) => s === value);
}
