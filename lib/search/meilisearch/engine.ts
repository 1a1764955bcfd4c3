import { Meilisearch, type MultiSearchQuery, type SearchResponse } from "meilisearch";
import { productCard } from "@/lib/catalog";
import { segmentsFromMarked } from "../highlight";
import { MIN_RATING_FILTER } from "../options";
import type {
  FacetCount,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchRequest,
  SearchResult,
  SearchSort,
} from "../types";
import { activeFacets, attributeOf, type FacetKey, filterExcept, filterGroups } from "./filters";
import { facetAttributes, HIGHLIGHT_POST, HIGHLIGHT_PRE, type MeiliDocument, toMeiliDocument } from "./settings";
import { configureIndex, rebuildBySwap, settled } from "./writes";

export type MeilisearchConfig = {
  host: string;
  apiKey?: string;
  indexUid: string;
  /** Per search request: past it the circuit breaker falls back to Postgres. */
  searchTimeoutMs: number;
};

const WRITE_TIMEOUT_MS = 10_000;
const retrieved = [
  "id",
  "slug",
  "name",
  "brand",
  "priceAmount",
  "compareAtAmount",
  "currency",
  "inStock",
  "image",
  "ratingAverage",
  "reviewCount",
];

function sortFor(sort: SearchSort, browsing: boolean): string[] | undefined {
  switch (sort) {
    case "price-asc":
      return ["priceAmount:asc"];
    case "price-desc":
      return ["priceAmount:desc"];
    case "newest":
      return ["createdAt:desc"];
    case "rating":
      return ["ratingAverage:desc", "reviewCount:desc"];
    case "relevance":
      // The same browse order as the Postgres engine: featured first, then newest.
      return browsing ? ["featured:desc", "createdAt:desc"] : undefined;
  }
}

export function createMeilisearchEngine(config: MeilisearchConfig): SearchEngine {
  const reader = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: config.searchTimeoutMs });
  const writer = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: WRITE_TIMEOUT_MS });
  const uid = config.indexUid;
  // Settings are applied once per process before its first write, so a write never
  // auto-creates an index without filterable attributes; a failure is retried next time.
  let configured: Promise<void> | null = null;
  const ensureConfigured = () =>
    (configured ??= configureIndex(writer, uid).catch((error: unknown) => {
      configured = null;
      throw error;
    }));

  return {
    name: "meilisearch",
    search: (request) => search(reader, uid, request),
    async upsert(docs) {
      if (docs.length === 0) return;
      await ensureConfigured();
      await settled(writer.index(uid).addDocuments(docs.map(toMeiliDocument), { primaryKey: "id" }));
    },
    async remove(ids) {
      if (ids.length === 0) return;
      await ensureConfigured();
      await settled(writer.index(uid).deleteDocuments(ids));
    },
    rebuild: (load, onProgress) => rebuildBySwap(writer, uid, load, onProgress),
  };
}

async function search(client: Meilisearch, uid: string, request: SearchRequest): Promise<SearchResult> {
  const browsing = request.query.trim() === "";
  const groups = filterGroups(request.filters);
  const withFacets = request.withFacets !== false;
  const main: MultiSearchQuery = {
    indexUid: uid,
    q: request.query,
    filter: filterExcept(groups),
    sort: sortFor(request.sort, browsing),
    page: request.page,
    hitsPerPage: request.pageSize,
    attributesToRetrieve: retrieved,
    attributesToHighlight: ["name"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    ...(withFacets ? { facets: Object.values(facetAttributes) } : {}),
  };
  // Disjunctive facets: a facet with an active filter is counted without its own filter,
  // in the same round trip.
  const counted = withFacets ? activeFacets(groups) : [];
  const facetQueries: MultiSearchQuery[] = counted.map((key) => ({
    indexUid: uid,
    q: request.query,
    filter: filterExcept(groups, key),
    facets: [attributeOf(key)],
    limit: 0,
  }));
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, MeiliDocument>({
    queries: [main, ...facetQueries],
  });
  const [first, ...rest] = results as SearchResponse<MeiliDocument>[];
  if (!first) throw new Error("Meilisearch returned no results for the main query");
  const distribution = mergeDistributions(first.facetDistribution ?? {}, counted, rest);
  const total = first.totalHits ?? first.estimatedTotalHits ?? 0;
  return {
    hits: first.hits.map(toHit),
    total,
    page: request.page,
    pageSize: request.pageSize,
    pageCount: Math.ceil(total / request.pageSize),
    facets: withFacets
      ? toFacets(distribution)
      : { categories: [], brands: [], priceBuckets: [], inStock: 0, options: [], rated: 0 },
    correctedQuery: null,
    engine: "meilisearch",
  };
}

function toHit(hit: SearchResponse<MeiliDocument>["hits"][number]): SearchHit {
  const marked = hit._formatted?.name;
  return {
    ...productCard(hit),
    highlight:
      typeof marked === "string"
        ? segmentsFromMarked(marked, HIGHLIGHT_PRE, HIGHLIGHT_POST)
        : [{ text: hit.name, match: false }],
  };
}

function counts(values: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(values ?? {})
    .filter(([value, count]) => value !== "" && count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type Distribution = Record<string, Record<string, number>>;

/**
 * The main query's counts, with each facet that has a filter replaced by its own query's
 * (counted without that filter). All options share one attribute: an option's query only
 * replaces that option's values ("size:…"), the others keep the main query's counts.
 */
function mergeDistributions(
  main: Distribution,
  keys: FacetKey[],
  responses: SearchResponse<MeiliDocument>[],
): Distribution {
  const merged: Distribution = { ...main };
  keys.forEach((key, i) => {
    const attribute = attributeOf(key);
    const counted = responses[i]?.facetDistribution?.[attribute] ?? {};
    if (!key.startsWith("option:")) {
      merged[attribute] = counted;
      return;
    }
    const prefix = `${key.slice("option:".length)}:`;
    const others = Object.entries(merged[attribute] ?? {}).filter(([value]) => !value.startsWith(prefix));
    const own = Object.entries(counted).filter(([value]) => value.startsWith(prefix));
    merged[attribute] = Object.fromEntries([...others, ...own]);
  });
  return merged;
}

function toFacets(distribution: Distribution): SearchFacets {
  return {
    categories: counts(distribution[facetAttributes.categories]),
    brands: counts(distribution[facetAttributes.brands]),
    priceBuckets: counts(distribution[facetAttributes.priceBuckets]),
    inStock: distribution[facetAttributes.inStock]?.["true"] ?? 0,
    options: counts(distribution[facetAttributes.options]),
    rated: distribution[facetAttributes.rating]?.[String(MIN_RATING_FILTER)] ?? 0,
  };
}
