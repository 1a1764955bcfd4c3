import { ProductGrid } from "@/components/product-card";
import type { SearchHit } from "@/lib/search";
import { HighlightedText } from "./highlighted-text";

/** The catalog's product grid, each name showing the words that matched. */
export function SearchResultsGrid({ hits }: { hits: SearchHit[] }) {
  return <ProductGrid products={hits} eagerCount={2} nameOf={(hit) => <HighlightedText segments={hit.highlight} />} />;
}
