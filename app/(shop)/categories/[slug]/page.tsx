import type { Metadata } from "next";
import { defaultListingParams } from "@/lib/catalog";
import { CategoryListingPage, categoryListingMetadata } from "./category-listing-page";

type Props = { params: Promise<{ slug: string }> };

// At least one entry is required; categories are rendered on their first request and cached.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryListingMetadata((await params).slug, defaultListingParams);
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryListingPage slug={(await params).slug} listingParams={defaultListingParams} />;
}
