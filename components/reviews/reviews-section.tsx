import Link from "next/link";
import type { FormAction } from "@/components/ui/action-form";
import { type RatingSummary as Summary, reviewFormPath, reviewsPath, type ReviewView } from "@/lib/reviews/client";
import { RatingSummary } from "./rating-summary";
import { ReviewItem } from "./review-item";

/**
 * The product page's reviews: the summary, the first few reviews and the way to the rest.
 * Cached with the page (tagged per product's reviews); "Write a review" is a plain link to
 * the shopper's own form, which decides per request whether they may.
 */
export function ReviewsSection({
  slug,
  summary,
  reviews,
  helpfulAction,
  timeZone,
}: {
  slug: string;
  summary: Summary;
  reviews: ReviewView[];
  helpfulAction: FormAction;
  timeZone?: string;
}) {
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="mt-14 max-w-3xl scroll-mt-8">
      <h2 id="reviews-heading" className="text-lg font-semibold text-gray-950">
        Reviews
      </h2>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-6">
        {summary.count > 0 ? (
          <RatingSummary summary={summary} />
        ) : (
          <p className="text-gray-800">No reviews yet. Bought this? Tell other shoppers what you think.</p>
        )}
        <Link
          href={reviewFormPath(slug)}
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
        >
          Write a review
        </Link>
      </div>
      {reviews.length > 0 && (
        <div className="mt-6">
          {reviews.map((review) => (
            <ReviewItem
              key={review.id}
              review={review}
              helpfulAction={helpfulAction}
              returnTo={`/products/${slug}#reviews`}
              timeZone={timeZone}
            />
          ))}
        </div>
      )}
      {summary.count > reviews.length && (
        <p className="mt-4">
          <Link href={reviewsPath(slug)} className="font-medium text-gray-950 underline underline-offset-4">
            See all {summary.count} reviews
          </Link>
        </p>
      )}
    </section>
  );
}
