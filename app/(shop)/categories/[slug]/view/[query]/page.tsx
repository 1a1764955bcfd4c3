import type { Metadata } from "next";
import { parseListingParams, viewSearchParams } from "@/lib/catalog";
import { env } from "@/lib/env";
import { CategoryListingPage, categoryListingMetadata } from "../../category-listing-page";

// A sorted, filtered or later view of a listing. proxy.ts rewrites /categories/[slug]?… here
// with the query in canonical form as `query`, so each distinct view is one cached page.

type Props = { params: Promise<{ slug: string; query: string }> };

export function generateStaticParams() {
  return [{ slug: "-", query: "-" }];
}

async function viewOf(params: Props["params"]) {
  const { slug, query } = await params;
  return { slug, listingParams: parseListingParams(viewSearchParams(query), env.STORE_CURRENCY) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, listingParams } = await viewOf(params);
  return categoryListingMetadata(slug, listingParams);
}

export default async function CategoryViewPage({ params }: Props) {
  const { slug, listingParams } = await viewOf(params);
  return <CategoryListingPage slug={slug} listingParams={listingParams} />;
}
