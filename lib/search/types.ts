import type { DbOrTx } from "@/db";
import type { CatalogImage, ProductCard } from "@/lib/catalog";

// The one search interface (docs/architecture.md, run modes): the Postgres engine and the Meilisearch
// engine both implement SearchEngine and pass the same contract suite (tests/search-contract).
// Everything here is JSON so results can cross into client components unchanged.

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "newest", "rating"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export type SearchFilters = {
  /** Category slugs; a product matches when it sits in one of them or below. */
  categories: string[];
  brands: string[];
  /** Keys from lib/search/price-buckets. */
  priceBuckets: string[];
  inStock: boolean;
  /** "option:value" lower-cased ("size:m"): values of one option are ORed, options ANDed. */
  options?: string[];
  /** Only products whose average rating is at least this many stars (null or absent: any). */
  minRating?: number | null;
};

export type SearchRequest = {
  /** Already cleaned by cleanQuery: at most MAX_QUERY_LENGTH characters. */
  query: string;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** Facet counts cost a second query; suggestions skip them. Default true. */
  withFacets?: boolean;
};

/** A run of a product name, marked when it matched the query. */
export type HighlightSegment = { text: string; match: boolean };

export type SearchHit = ProductCard & { highlight: HighlightSegment[] };

export type FacetCount = { value: string; count: number };

/**
 * Counts for each facet value over the results with every *other* facet's filter applied,
 * so picking a value with count N gives N results (disjunctive faceting).
 */
export type SearchFacets = {
  categories: FacetCount[];
  brands: FacetCount[];
  priceBuckets: FacetCount[];
  /** In-stock products among the results with the other filters applied. */
  inStock: number;
  /** "option:value" counts, each option counted with the other options' filters applied. */
  options: FacetCount[];
  /** Products rated MIN_RATING_FILTER stars and up, with the other filters applied. */
  rated: number;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: SearchFacets;
  /**
   * The query as searched, with misspelt words replaced by known ones, when that differs
   * from what was typed ("Showing results for …"). Engines with their own typo tolerance
   * (Meilisearch) leave it null.
   */
  correctedQuery: string | null;
  engine: SearchEngineName;
};

/** What the index holds for one active product; both engines are fed from this shape. */
export type SearchDocument = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  description: string;
  /** Root first, ending with the product's own category. */
  categorySlugs: string[];
  categoryNames: string[];
  /** Variant option values (colours, sizes) and specification values: searchable text. */
  optionValues: string[];
  /** "option:value" lower-cased of every variant in stock ("size:m"): the option facets. */
  stockedOptions: string[];
  /** The published reviews' average, null without any (product_ratings). */
  ratingAverage: number | null;
  reviewCount: number;
  specValues: string[];
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  priceBucket: string;
  inStock: boolean;
  featured: boolean;
  image: CatalogImage | null;
  /** Milliseconds since the epoch: sortable in both engines. */
  createdAt: number;
};

export type DocumentLoader = (tx?: DbOrTx) => AsyncIterable<SearchDocument[]>;

export type SearchEngineName = "postgres" | "meilisearch";

export interface SearchEngine {
  readonly name: SearchEngineName;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Adds or replaces these documents. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(productIds: number[]): Promise<void>;
  /**
   * Replaces the whole index with every document `load` yields, without ever serving an
   * empty or half-built index: a transaction on Postgres, a new index swapped in on
   * Meilisearch. `load` reads through the transaction it is given, if any (PGlite has one
   * connection, so reads outside an open transaction would wait for it forever).
   */
  rebuild(load: DocumentLoader, onProgress?: (indexed: number) => void): Promise<void>;
}
