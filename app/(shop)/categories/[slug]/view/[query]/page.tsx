import type { Metadata } from "next";
import { viewSearchParams } from "@/lib/catalog";
import { parseSearchParams } from "@/lib/search";
import { CategoryListingPage, categoryListingMetadata } from "../../category-listing-page";

// A sorted, filtered or later view of a listing. proxy.ts rewrites /categories/[slug]?… here
// with the query in canonical form as `query`, so each distinct view is one cached page.

type Props = { params: Promise<{ slug: string; query: string }> };

export function generateStaticParams() {
  return [{ slug: "-", query: "-" }];
}

async function viewOf(params: Props["params"]) {
  const { slug, query } = await params;
  return { slug, state: parseSearchParams(viewSearchParams(query), slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, state } = await viewOf(params);
  return categoryListingMetadata(slug, state);
}

export default async function CategoryViewPage({ params }: Props) {
  const { slug, state } = await viewOf(params);
  return <CategoryListingPage slug={slug} state={state} />;
}
