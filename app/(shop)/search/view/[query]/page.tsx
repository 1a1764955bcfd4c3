import type { Metadata } from "next";
import { viewSearchParams } from "@/lib/catalog";
import { parseSearchParams } from "@/lib/search";
import { SearchResultsPage, searchMetadata } from "../../search-results-page";

// A search for something. proxy.ts rewrites /search?… here with the query in canonical form
// as `query`, so each distinct search is one cached page.

type Props = { params: Promise<{ query: string }> };

export function generateStaticParams() {
  return [{ query: "-" }];
}

const stateOf = async (params: Props["params"]) => parseSearchParams(viewSearchParams((await params).query));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await stateOf(params));
}

export default async function SearchViewPage({ params }: Props) {
  return <SearchResultsPage state={await stateOf(params)} />;
}
