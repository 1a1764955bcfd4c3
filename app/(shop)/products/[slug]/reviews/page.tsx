import type { Metadata } from "next";
import { ReviewsListingPage, reviewsMetadata } from "./reviews-listing-page";

type Props = { params: Promise<{ slug: string }> };

// The newest reviews first; other orders and pages are ./[sort]/[page]. Cached like the product page.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return reviewsMetadata((await params).slug);
}

export default async function ProductReviewsPage({ params }: Props) {
  return <ReviewsListingPage slug={(await params).slug} sort="newest" page={1} />;
}
