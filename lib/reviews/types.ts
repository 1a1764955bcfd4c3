import type { ReviewStatus } from "./input";

// The views pages and components take (never table rows).

/** A product's published reviews in numbers. `distribution[n - 1]` counts the n-star reviews. */
export type RatingSummary = {
  count: number;
  /** One decimal place; 0 when there are none. */
  average: number;
  distribution: [number, number, number, number, number];
};

export type ReviewView = {
  id: number;
  rating: number;
  title: string;
  body: string;
  authorName: string;
  /** Written by a buyer whose order with the product was delivered. */
  verifiedPurchase: boolean;
  helpfulCount: number;
  reply: string | null;
  repliedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ReviewPage = { reviews: ReviewView[]; page: number; pageCount: number; total: number };

/** A shopper's own review, for the form that edits it. */
export type OwnReview = ReviewView & { status: ReviewStatus; hiddenReason: string | null };

export type StaffReviewRow = ReviewView & {
  status: ReviewStatus;
  hiddenReason: string | null;
  productName: string;
  productSlug: string;
  authorEmail: string;
};
