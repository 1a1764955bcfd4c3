import "server-only";
import { db } from "@/db";
import { getNavigation } from "@/lib/catalog";
import { categoryPath, productPath } from "@/lib/catalog/paths";
import type { CatalogImage } from "@/lib/catalog/types";
import { env } from "@/lib/env";
import type { Money } from "@/lib/money";
import { flattenCategories, matchCategories } from "./categories";
import { searchReader } from "./engines";
import { type SearchState, toSearchRequest } from "./params";
import { resolveTerms, suggestQuery } from "./postgres/terms";
import { PRICE_BUCKETS, priceBucketLabel } from "./price-buckets";
import { ensurePostgresIndex } from "./reindex";
import { createResultCache, RESULT_CACHE_TTL_MS } from "./result-cache";
import type { FacetCount, HighlightSegment, SearchResult } from "./types";

// The reads /search and the suggestions endpoint call. Not cached: every query differs and
// the engines answer in milliseconds.

export type FacetOption = { value: string; label: string; count: number; selected: boolean; depth?: number };

export type SearchPage = SearchResult & {
  /** For a query that found nothing: a nearby query that might ("did you mean"). */
  didYouMean: string | null;
  facetOptions: { categories: FacetOption[]; brands: FacetOption[]; prices: FacetOption[] };
};

function options(counts: FacetCount[], selected: string[], label: (value: string) => string | null): FacetOption[] {
  const byValue = new Map(counts.map((c) => [c.value, c.count]));
  // A selected value stays listed at 0, so it can still be unticked.
  const values = [...new Set([...counts.map((c) => c.value), ...selected])];
  return values.flatMap((value) => {
    const text = label(value);
    return text === null ? [] : [{ value, label: text, count: byValue.get(value) ?? 0, selected: selected.includes(value) }];
  });
}

export async function searchProducts(state: SearchState): Promise<SearchPage> {
  await ensurePostgresIndex(db);
  const [result, navigation] = await Promise.all([searchReader().search(toSearchRequest(state)), getNavigation()]);
  const didYouMean = result.total === 0 && state.q ? await suggestQuery(db, state.q) : null;
  const { filters } = state;

  const categoryCounts = new Map(result.facets.categories.map((c) => [c.value, c.count]));
  const categories = flattenCategories(navigation)
    .filter((c) => categoryCounts.has(c.slug) || filters.categories.includes(c.slug))
    .map((c) => ({
      value: c.slug,
      label: c.name,
      depth: c.depth,
      count: categoryCounts.get(c.slug) ?? 0,
      selected: filters.categories.includes(c.slug),
    }));
  const brands = options(result.facets.brands, filters.brands, (v) => v).sort((a, b) => a.label.localeCompare(b.label));
  const bucketOrder = PRICE_BUCKETS.map((b) => b.key);
  const prices = options(result.facets.priceBuckets, filters.priceBuckets, (v) =>
    bucketOrder.includes(v) ? priceBucketLabel(v, env.STORE_CURRENCY) : null,
  ).sort((a, b) => bucketOrder.indexOf(a.value) - bucketOrder.indexOf(b.value));

  return { ...result, didYouMean, facetOptions: { categories, brands, prices } };
}

export type ProductSuggestion = {
  slug: string;
  name: string;
  highlight: HighlightSegment[];
  price: Money;
  image: CatalogImage | null;
  href: string;
};
export type CategorySuggestion = { slug: string; name: string; parentName: string | null; href: string };
export type Suggestions = { query: string; products: ProductSuggestion[]; categories: CategorySuggestion[] };

const SUGGESTED_PRODUCTS = 6;

// Every shopper types the same first letters. Suggestions may trail a catalog change by the
// cache's lifetime; the results page may not, and clears its cache on every index update.
const globalForSuggestions = globalThis as unknown as { __searchSuggestions?: ReturnType<typeof createResultCache<Suggestions>> };
const suggestionCache = (globalForSuggestions.__searchSuggestions ??= createResultCache<Suggestions>({
  maxEntries: 2000,
  ttlMs: RESULT_CACHE_TTL_MS,
}));

/** Products and categories for the search box, as the shopper types. */
export async function searchSuggestions(query: string): Promise<Suggestions> {
  const cached = suggestionCache.get(query);
  if (cached) return cached;
  const suggestions = await loadSuggestions(query);
  suggestionCache.set(query, suggestions);
  return suggestions;
}

async function loadSuggestions(query: string): Promise<Suggestions> {
  await ensurePostgresIndex(db);
  const [result, { terms }, navigation] = await Promise.all([
    searchReader().search({
      query,
      filters: { categories: [], brands: [], priceBuckets: [], inStock: false },
      sort: "relevance",
      page: 1,
      pageSize: SUGGESTED_PRODUCTS,
      withFacets: false,
    }),
    resolveTerms(db, query),
    getNavigation(),
  ]);
  const groups = terms.map((t) => [t.term, ...t.alternatives.map((a) => a.word)]);
  return {
    query,
    products: result.hits.map((hit) => ({
      slug: hit.slug,
      name: hit.name,
      highlight: hit.highlight,
      price: hit.price,
      image: hit.image,
      href: productPath(hit.slug),
    })),
    categories: matchCategories(flattenCategories(navigation), groups).map((c) => ({
      slug: c.slug,
      name: c.name,
      parentName: c.parentName,
      href: categoryPath(c.slug),
    })),
  };
}
