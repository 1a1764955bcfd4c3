import { isValidSlug, type SearchParamsInput } from "@/lib/catalog/client";
import { cleanQuery } from "./normalize";
import { MIN_RATING_FILTER, normalizeOptionValue } from "./options";
import { isPriceBucketKey } from "./price-buckets";
import { SEARCH_SORTS, type SearchFilters, type SearchRequest, type SearchSort } from "./types";

// /search and the category pages keep their whole state in the URL (a GET form and plain
// links), so every view is linkable and works without JavaScript. A category page is a
// search without words `within` its category: the same engine, facets and parameters, at
// /categories/[slug] (its category is in the path, never in the query). Anything in the URL
// is user input: a value that does not parse is dropped, never an error.

export const SEARCH_PAGE_SIZE = 24;
// Deep pages only cost OFFSET scans and nobody reads result 2,400; cap the page number.
export const MAX_SEARCH_PAGE = 100;
const MAX_VALUES = 10;
const MAX_BRAND_LENGTH = 100;

export type SearchState = {
  q: string;
  sort: SearchSort;
  page: number;
  filters: Required<SearchFilters>;
  /** A category page's slug: the listing is this category's, at its path. */
  within?: string;
};

export const sortLabels: Record<SearchSort, string> = {
  relevance: "Best match",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest",
  rating: "Top rated",
};

/** The sort choices; without words "relevance" is the featured-first browse order. */
export function sortOptions(browsing: boolean): { value: SearchSort; label: string }[] {
  return SEARCH_SORTS.map((key) => ({
    value: key,
    label: key === "relevance" && browsing ? "Featured" : sortLabels[key],
  }));
}

function all(input: SearchParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = input[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function unique(values: string[], valid: (value: string) => boolean): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(valid))].slice(0, MAX_VALUES);
}

function options(values: string[]): string[] {
  const pairs = values.map(normalizeOptionValue).filter((v): v is string => v !== null);
  return [...new Set(pairs)].slice(0, MAX_VALUES);
}

export function parseSearchParams(input: SearchParamsInput, within?: string): SearchState {
  const page = (all(input, "page")[0] ?? "").trim();
  const pageNumber = /^\d{1,4}$/.test(page) ? Number(page) : 1;
  const sort = all(input, "sort")[0];
  const instock = all(input, "instock")[0];
  const rating = all(input, "rating")[0]?.trim();
  return {
    q: within === undefined ? cleanQuery(all(input, "q")[0] ?? "") : "",
    sort: SEARCH_SORTS.find((s) => s === sort) ?? "relevance",
    page: pageNumber >= 1 && pageNumber <= MAX_SEARCH_PAGE ? pageNumber : 1,
    filters: {
      categories: within === undefined ? unique(all(input, "category"), (v) => isValidSlug(v)) : [within],
      brands: unique(all(input, "brand"), (v) => v.length > 0 && v.length <= MAX_BRAND_LENGTH),
      priceBuckets: unique(all(input, "price"), isPriceBucketKey),
      inStock: instock === "1" || instock === "true" || instock === "on",
      options: options(all(input, "option")),
      minRating: rating === String(MIN_RATING_FILTER) ? MIN_RATING_FILTER : null,
    },
    ...(within === undefined ? {} : { within }),
  };
}

export function toSearchRequest(state: SearchState, pageSize = SEARCH_PAGE_SIZE): SearchRequest {
  return { query: state.q, filters: state.filters, sort: state.sort, page: state.page, pageSize };
}

/** Where a state's views live: /search, or the category's page. */
export function basePath(state: Pick<SearchState, "within">): string {
  return state.within === undefined ? "/search" : `/categories/${state.within}`;
}

/** The URL for a state, omitting defaults. Changing anything but the page resets it. */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...state, page: "page" in change ? (change.page ?? 1) : 1, ...change };
  const params = new URLSearchParams();
  const within = next.within !== undefined;
  if (next.q && !within) params.set("q", next.q);
  if (!within) for (const slug of next.filters.categories) params.append("category", slug);
  for (const brand of next.filters.brands) params.append("brand", brand);
  for (const key of next.filters.priceBuckets) params.append("price", key);
  for (const pair of next.filters.options) params.append("option", pair);
  if (next.filters.minRating) params.set("rating", String(next.filters.minRating));
  if (next.filters.inStock) params.set("instock", "1");
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `${basePath(next)}?${query}` : basePath(next);
}

/** A /search URL's parameters in canonical form, "" when they ask for nothing but browsing everything. */
export function canonicalSearchQuery(input: URLSearchParams): string {
  const state = parseSearchParams(input);
  return searchHref(state, { page: state.page }).slice("/search?".length);
}

/** A category page's parameters in canonical form, "" for the plain listing. */
export function canonicalCategoryQuery(slug: string, input: URLSearchParams): string {
  const state = parseSearchParams(input, slug);
  const href = searchHref(state, { page: state.page });
  const query = href.indexOf("?");
  return query === -1 ? "" : href.slice(query + 1);
}

/** The state with `value` added to or removed from one multi-value filter. */
export function toggleFilter(
  state: SearchState,
  facet: "categories" | "brands" | "priceBuckets" | "options",
  value: string,
): SearchState {
  const current = state.filters[facet];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [facet]: values } };
}

/** The state without any filter the shopper can undo (a category page keeps its category). */
export function clearFilters(state: SearchState): SearchState {
  return {
    ...state,
    page: 1,
    filters: {
      categories: state.within === undefined ? [] : [state.within],
      brands: [],
      priceBuckets: [],
      inStock: false,
      options: [],
      minRating: null,
    },
  };
}

export function hasSearchFilters(filters: SearchFilters, within?: string): boolean {
  const categories = within === undefined ? filters.categories.length : 0;
  return (
    categories + filters.brands.length + filters.priceBuckets.length + (filters.options?.length ?? 0) > 0 ||
    filters.inStock ||
    Boolean(filters.minRating)
  );
}
