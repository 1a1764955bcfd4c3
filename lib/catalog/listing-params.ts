import { money, parseMoneyInput } from "@/lib/money";
import { toShortDecimalString } from "./decimal";

// The catalog's own listing query (listProducts: the home page's category rows). Category
// pages list through lib/search (lib/search/params.ts holds their URL state); what is left
// here parses and writes the same kind of URL state for that query. Anything in the URL is
// user input: a value that does not parse falls back to its default instead of throwing.

export const SORT_KEYS = ["newest", "price-asc", "price-desc", "name"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const PAGE_SIZE = 24;
// A page far past any real catalog only costs an OFFSET scan; cap it so it stays cheap.
export const MAX_PAGE = 10_000;

export type ListingParams = {
  page: number;
  sort: SortKey;
  /** Minor units, compared with a product's lowest variant price. */
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
};

export const defaultListingParams: ListingParams = {
  page: 1,
  sort: "newest",
  minPrice: null,
  maxPrice: null,
  inStock: false,
};

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function first(input: SearchParamsInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  return Array.isArray(value) ? value[0] : value;
}

function parsePage(value: string | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value.trim())) return defaultListingParams.page;
  const page = Number(value.trim());
  return page >= 1 && page <= MAX_PAGE ? page : defaultListingParams.page;
}

function parseSort(value: string | undefined): SortKey {
  return SORT_KEYS.find((key) => key === value) ?? defaultListingParams.sort;
}

function parsePrice(value: string | undefined, currency: string): number | null {
  if (value === undefined || value.trim() === "") return null;
  return parseMoneyInput(value, currency);
}

function parseFlag(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

export function parseListingParams(input: SearchParamsInput, currency: string): ListingParams {
  let minPrice = parsePrice(first(input, "min"), currency);
  let maxPrice = parsePrice(first(input, "max"), currency);
  // A reversed range is a slip of the hand, not a request for nothing.
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
  }
  return {
    page: parsePage(first(input, "page")),
    sort: parseSort(first(input, "sort")),
    minPrice,
    maxPrice,
    inStock: parseFlag(first(input, "instock")),
  };
}

/** The URL query for a listing, omitting defaults so the canonical view has no query. */
export function listingSearchParams(params: Partial<ListingParams>, currency: string): URLSearchParams {
  const merged = { ...defaultListingParams, ...params };
  const search = new URLSearchParams();
  if (merged.sort !== defaultListingParams.sort) search.set("sort", merged.sort);
  if (merged.minPrice !== null) search.set("min", toShortDecimalString(money(merged.minPrice, currency)));
  if (merged.maxPrice !== null) search.set("max", toShortDecimalString(money(merged.maxPrice, currency)));
  if (merged.inStock) search.set("instock", "1");
  if (merged.page !== defaultListingParams.page) search.set("page", String(merged.page));
  return search;
}

/** "?sort=name&page=2", or "" when every value is the default. */
export function listingQueryString(params: Partial<ListingParams>, currency: string): string {
  const query = listingSearchParams(params, currency).toString();
  return query ? `?${query}` : "";
}

/** True when any filter (not sort or page) narrows the listing. */
export function hasActiveFilters(params: ListingParams): boolean {
  return params.minPrice !== null || params.maxPrice !== null || params.inStock;
}

/**
 * The query a view path segment carries (proxy.ts puts it there URL-encoded, and Next hands
 * the segment over as it came). A segment that does not decode is no view: the defaults.
 */
export function viewSearchParams(segment: string): URLSearchParams {
  try {
    return new URLSearchParams(decodeURIComponent(segment));
  } catch {
    return new URLSearchParams();
  }
}
