import type { Metadata } from "next";
import { parseSearchParams } from "@/lib/search";
import { CategoryListingPage, categoryListingMetadata } from "./category-listing-page";

type Props = { params: Promise<{ slug: string }> };

// At least one entry is required; categories are rendered on their first request and cached.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

const plainListing = (slug: string) => parseSearchParams({}, slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return categoryListingMetadata(slug, plainListing(slug));
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  return <CategoryListingPage slug={slug} state={plainListing(slug)} />;
}
