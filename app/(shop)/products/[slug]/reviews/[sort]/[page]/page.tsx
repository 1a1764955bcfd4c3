import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isReviewSort } from "@/lib/reviews";
import { ReviewsListingPage, reviewsMetadata } from "../../reviews-listing-page";

type Props = { params: Promise<{ slug: string; sort: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: "-", sort: "newest", page: "1" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return reviewsMetadata((await params).slug);
}

// A sort we do not offer or a page that is not a plain number names no page: 404, never a 500.
export default async function ProductReviewsViewPage({ params }: Props) {
  const { slug, sort, page } = await params;
  if (!isReviewSort(sort) || !/^[1-9][0-9]{0,4}$/.test(page)) notFound();
  return <ReviewsListingPage slug={slug} sort={sort} page={Number(page)} />;
}
