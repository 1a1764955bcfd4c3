import { isValidSlug, type SearchParamsInput } from "@/lib/catalog/client";
import { cleanQuery } from "./normalize";
import { isPriceBucketKey } from "./price-buckets";
import { SEARCH_SORTS, type SearchFilters, type SearchRequest, type SearchSort } from "./types";

// /search keeps its whole state in the URL (a GET form and plain links), so every view is
// linkable and works without JavaScript. Anything in the URL is user input: a value that
// does not parse is dropped, never an error.

export const SEARCH_PAGE_SIZE = 24;
// Deep pages only cost OFFSET scans and nobody reads result 2,400; cap the page number.
export const MAX_SEARCH_PAGE = 100;
const MAX_VALUES = 10;
const MAX_BRAND_LENGTH = 100;

export type SearchState = { q: string; sort: SearchSort; page: number; filters: SearchFilters };

export const sortLabels: Record<SearchSort, string> = {
  relevance: "Best match",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest",
};

function all(input: SearchParamsInput, key: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = input[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function unique(values: string[], valid: (value: string) => boolean): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(valid))].slice(0, MAX_VALUES);
}

export function parseSearchParams(input: SearchParamsInput): SearchState {
  const page = (all(input, "page")[0] ?? "").trim();
  const pageNumber = /^\d{1,4}$/.test(page) ? Number(page) : 1;
  const sort = all(input, "sort")[0];
  const instock = all(input, "instock")[0];
  return {
    q: cleanQuery(all(input, "q")[0] ?? ""),
    sort: SEARCH_SORTS.find((s) => s === sort) ?? "relevance",
    page: pageNumber >= 1 && pageNumber <= MAX_SEARCH_PAGE ? pageNumber : 1,
    filters: {
      categories: unique(all(input, "category"), (v) => isValidSlug(v)),
      brands: unique(all(input, "brand"), (v) => v.length > 0 && v.length <= MAX_BRAND_LENGTH),
      priceBuckets: unique(all(input, "price"), isPriceBucketKey),
      inStock: instock === "1" || instock === "true" || instock === "on",
    },
  };
}

export function toSearchRequest(state: SearchState, pageSize = SEARCH_PAGE_SIZE): SearchRequest {
  return { query: state.q, filters: state.filters, sort: state.sort, page: state.page, pageSize };
}

/** The /search URL for a state, omitting defaults. Changing anything but the page resets it. */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...state, page: "page" in change ? (change.page ?? 1) : 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const slug of next.filters.categories) params.append("category", slug);
  for (const brand of next.filters.brands) params.append("brand", brand);
  for (const key of next.filters.priceBuckets) params.append("price", key);
  if (next.filters.inStock) params.set("instock", "1");
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** A /search URL's parameters in canonical form, "" when they ask for nothing but browsing everything. */
export function canonicalSearchQuery(input: URLSearchParams): string {
  const state = parseSearchParams(input);
  return searchHref(state, { page: state.page }).slice("/search?".length);
}

/** The state with `value` added to or removed from one multi-value filter. */
export function toggleFilter(
  state: SearchState,
  facet: "categories" | "brands" | "priceBuckets",
  value: string,
): SearchState {
  const current = state.filters[facet];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [facet]: values } };
}

export function hasSearchFilters(filters: SearchFilters): boolean {
  return filters.categories.length + filters.brands.length + filters.priceBuckets.length > 0 || filters.inStock;
}
