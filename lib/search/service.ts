import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb, db } from "@/db";
import { getNavigation } from "@/lib/catalog";
import { categoryPath, productPath, type CatalogImage } from "@/lib/catalog";
import { cacheTags } from "@/lib/cache-tags";
import { env, skipsDataAtBuild } from "@/lib/env";
import type { Money } from "@/lib/money";
import { flattenCategories, matchCategories } from "./categories";
import { searchReader } from "./engines";
import { type SearchState, toSearchRequest } from "./params";
import { resolveTerms, suggestQuery } from "./postgres/terms";
import { queryOptionLabels, type OptionLabel } from "./option-labels";
import { compareOptionValues, optionOf, titleCase } from "./options";
import { PRICE_BUCKETS, priceBucketLabel } from "./price-buckets";
import { ensurePostgresIndex } from "./reindex";
import type { FacetCount, HighlightSegment, SearchResult } from "./types";

// The reads /search and the suggestions endpoint call, cached by query ("use cache") for
// every instance, until an index changes (lib/search/reindex.ts expires the `search` tag).

export type FacetOption = { value: string; label: string; count: number; selected: boolean; depth?: number };

/** One variant option's facet ("Size": S, M, L), values as "option:value" pairs. */
export type OptionFacet = { option: string; label: string; values: FacetOption[] };

export type SearchPage = SearchResult & {
  /** For a query that found nothing: a nearby query that might ("did you mean"). */
  didYouMean: string | null;
  facetOptions: { categories: FacetOption[]; brands: FacetOption[]; prices: FacetOption[]; options: OptionFacet[] };
};

function options(counts: FacetCount[], selected: string[], label: (value: string) => string | null): FacetOption[] {
  const byValue = new Map(counts.map((c) => [c.value, c.count]));
  // A selected value stays listed at 0, so it can still be unticked.
  const values = [...new Set([...counts.map((c) => c.value), ...selected])];
  return values.flatMap((value) => {
    const text = label(value);
    return text === null
      ? []
      : [{ value, label: text, count: byValue.get(value) ?? 0, selected: selected.includes(value) }];
  });
}

const emptyFacets = { categories: [], brands: [], prices: [], options: [] };

/** The catalog's spelling of each option pair, for facet labels; cached until the catalog changes. */
async function getOptionLabels(): Promise<Record<string, OptionLabel>> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.products);
  return queryOptionLabels(catalogDb);
}

/** Option facets grouped by option, sorted by name; sizes smallest first, others A–Z. */
function optionFacets(counts: FacetCount[], selected: string[], labels: Record<string, OptionLabel>): OptionFacet[] {
  const values = options(
    counts,
    selected,
    (pair) => labels[pair]?.value ?? titleCase(pair.slice(pair.indexOf(":") + 1)),
  );
  const groups = new Map<string, FacetOption[]>();
  for (const value of values) groups.set(optionOf(value.value), [...(groups.get(optionOf(value.value)) ?? []), value]);
  return [...groups]
    .map(([option, list]) => ({
      option,
      label: labels[list[0]!.value]?.option ?? titleCase(option),
      values: list.sort((a, b) => compareOptionValues(a.label, b.label)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export async function searchProducts(state: SearchState): Promise<SearchPage> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories, cacheTags.search);
  if (skipsDataAtBuild()) {
    const facets = { categories: [], brands: [], priceBuckets: [], inStock: 0, options: [], rated: 0 };
    return {
      hits: [],
      total: 0,
      page: 1,
      pageSize: 1,
      pageCount: 0,
      facets,
      correctedQuery: null,
      engine: "postgres",
      didYouMean: null,
      facetOptions: emptyFacets,
    };
  }
  await ensurePostgresIndex(db);
  const [result, navigation, labels] = await Promise.all([
    searchReader().search(toSearchRequest(state)),
    getNavigation(),
    getOptionLabels(),
  ]);
  const didYouMean = result.total === 0 && state.q ? await suggestQuery(catalogDb, state.q) : null;
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

  const optionList = optionFacets(result.facets.options, filters.options, labels);
  return { ...result, didYouMean, facetOptions: { categories, brands, prices, options: optionList } };
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

/** Products and categories for the search box, as the shopper types (every shopper types the same first letters). */
export async function searchSuggestions(query: string): Promise<Suggestions> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories, cacheTags.search);

  await ensurePostgresIndex(db);
  const [result, { terms }, navigation] = await Promise.all([
    searchReader().search({
      query,
      filters: { categories: [], brands: [], priceBuckets: [], inStock: false, options: [], minRating: null },
      sort: "relevance",
      page: 1,
      pageSize: SUGGESTED_PRODUCTS,
      withFacets: false,
    }),
    resolveTerms(catalogDb, query),
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
