import { parseSearchParams } from "@/lib/search";
import { SearchResultsPage, searchMetadata } from "./search-results-page";

const browseAll = parseSearchParams({});

export const metadata = searchMetadata(browseAll);

export default function SearchPage() {
  return <SearchResultsPage state={browseAll} />;
}
