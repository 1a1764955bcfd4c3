// Product search: the engine (Postgres, or Meilisearch when configured), suggestions and
// the index.
export { cleanQuery } from "./normalize";
export { MIN_RATING_FILTER } from "./options";
export {
  canonicalCategoryQuery,
  canonicalSearchQuery,
  clearFilters,
  hasSearchFilters,
  parseSearchParams,
  searchHref,
} from "./params";
export type { SearchState } from "./params";
export { reindexProduct } from "./reindex";
export { searchProducts, searchSuggestions } from "./service";
export type { FacetOption, SearchPage, Suggestions } from "./service";
export type { HighlightSegment, SearchHit } from "./types";
