import type { Metadata } from "next";
import { parseSearchParams } from "@/lib/search";
import { SearchResultsPage, searchMetadata } from "../../search-results-page";

// A search for words alone, the common case: next.config rewrites /search?q=… here without
// running proxy.ts (which costs a shopper's request as much as the page itself). Searches
// with a filter, a sort or a page go through the proxy to ../view/[query].

type Props = { params: Promise<{ q: string }> };

export function generateStaticParams() {
  return [{ q: "-" }];
}

const stateOf = async (params: Props["params"]) => parseSearchParams({ q: safeDecode((await params).q) });

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await stateOf(params));
}

export default async function SearchForPage({ params }: Props) {
  return <SearchResultsPage state={await stateOf(params)} />;
}
