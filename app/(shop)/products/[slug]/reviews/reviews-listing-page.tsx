import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { ReviewItem } from "@/components/reviews/review-item";
import { ShopMain } from "@/components/shop-main";
import { getProductBySlug, productPath } from "@/lib/catalog";
import {
  getProductReviews,
  getReviewSummary,
  REVIEW_SORTS,
  reviewFormPath,
  reviewSortLabels,
  reviewsPath,
  type ReviewSort,
} from "@/lib/reviews";
import { getSettings } from "@/lib/settings";
import { markHelpfulAction } from "./actions";

export async function reviewsMetadata(slug: string): Promise<Metadata> {
  const product = await getProductBySlug(slug);
  if (!product) return {};
  return { title: `Reviews of ${product.name}`, alternates: { canonical: reviewsPath(product.slug) } };
}

/**
 * All of a product's published reviews, one order and one page per path
 * (/products/[slug]/reviews/[sort]/[page]), so each view is a cached page and the sort links
 * and pages work without JavaScript.
 */
export async function ReviewsListingPage({ slug, sort, page }: { slug: string; sort: ReviewSort; page: number }) {
  const product = await getProductBySlug(slug);
  if (!product) notFound();
  const [summary, listing, store] = await Promise.all([
    getReviewSummary(product.id),
    getProductReviews(product.id, sort, page),
    getSettings("store"),
  ]);
  if (page > listing.pageCount) notFound();
  const here = reviewsPath(product.slug, sort, page);
  return (
    <ShopMain>
      <Breadcrumbs items={[{ name: product.name, href: productPath(product.slug) }, { name: "Reviews" }]} />
      <h1 className="text-3xl font-bold tracking-tight text-gray-950">Reviews of {product.name}</h1>
      <div className="mt-6 flex flex-wrap items-start justify-between gap-6">
        {summary.count > 0 ? <RatingSummary summary={summary} /> : <p className="text-gray-800">No reviews yet.</p>}
        <Link
          href={reviewFormPath(product.slug)}
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
        >
          Write a review
        </Link>
      </div>
      {listing.total > 1 && (
        <nav aria-label="Sort reviews" className="mt-8">
          <ul className="flex flex-wrap gap-2 text-sm">
            {REVIEW_SORTS.map((s) => (
              <li key={s}>
                <Link
                  href={reviewsPath(product.slug, s)}
                  aria-current={s === sort ? "page" : undefined}
                  className={`block rounded-md px-3 py-1.5 font-medium ${
                    s === sort ? "bg-gray-950 text-white" : "border border-gray-300 text-gray-900 hover:bg-gray-50"
                  }`}
                >
                  {reviewSortLabels[s]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="mt-6 max-w-3xl">
        {listing.reviews.map((review) => (
          <ReviewItem
            key={review.id}
            review={review}
            helpfulAction={markHelpfulAction}
            returnTo={here}
            timeZone={store.timeZone}
          />
        ))}
      </div>
      <Pagination
        page={listing.page}
        pageCount={listing.pageCount}
        hrefFor={(n) => reviewsPath(product.slug, sort, n)}
      />
    </ShopMain>
  );
}
