import type { Db } from "@/db";
import { selectRows } from "@/db";
import { productCard, type CatalogImage } from "@/lib/catalog";
import { highlightTerms } from "../highlight";
import type { FacetCount, SearchEngine, SearchFacets, SearchHit, SearchRequest, SearchResult } from "../types";
import { browseCountsQuery, browseHitsQuery, COLLECT_AT_MOST } from "./browse-sql";
import {
  type FacetRow,
  type HitRow,
  type PageOptions,
  searchQuery,
  type SearchRow,
  type TextMatch,
} from "./search-sql";
import { correctedQuery, matchWords, type ResolvedTerm, resolveTerms, toTsquery } from "./terms";
import { deleteDocuments, rebuildIndex, upsertDocuments } from "./write";

// The embedded default and the fallback: weighted full-text search over search_documents,
// with typos and partial words handled by the vocabulary in terms.ts.

const emptyFacets: SearchFacets = { categories: [], brands: [], priceBuckets: [], inStock: 0, options: [], rated: 0 };

export function createPostgresEngine(db: Db): SearchEngine {
  return {
    name: "postgres",
    search: (request) => search(db, request),
    upsert: (docs) => upsertDocuments(db, docs),
    remove: (ids) => deleteDocuments(db, ids),
    rebuild: (load, onProgress) => rebuildIndex(db, load, onProgress),
  };
}

async function search(db: Db, request: SearchRequest): Promise<SearchResult> {
  const withFacets = request.withFacets !== false;
  const page: PageOptions = {
    sort: request.sort,
    limit: request.pageSize,
    offset: (request.page - 1) * request.pageSize,
    withFacets,
  };
  if (request.query.trim() === "") return browse(db, request, page);
  const { terms } = await resolveTerms(db, request.query);
  const corrected = correctedQuery(request.query, terms);
  if (terms.length === 0) return resultOf(request, [], 0, emptyFacets, corrected);

  // Like Meilisearch's default matching strategy: when every word together finds nothing,
  // drop words from the end until something matches.
  for (let active = terms; ; active = active.slice(0, -1)) {
    const [row] = await selectRows<SearchRow>(db, searchQuery(textMatch(active), request.filters, page));
    const total = Number(row?.total ?? 0);
    if (total === 0 && active.length > 1) continue;
    const words = [...matchWords(active), ...terms.map((t) => t.term)];
    const facets = withFacets ? toFacets(json<FacetRow[]>(row?.facets)) : emptyFacets;
    return resultOf(request, toHits(row, words), total, facets, corrected);
  }
}

async function browse(db: Db, request: SearchRequest, page: PageOptions): Promise<SearchResult> {
  const [counts] = await selectRows<SearchRow>(db, browseCountsQuery(request.filters, page.withFacets));
  const total = Number(counts?.total ?? 0);
  const facets = page.withFacets ? toFacets(json<FacetRow[]>(counts?.facets)) : emptyFacets;
  if (page.offset >= total) return resultOf(request, [], total, facets, null);
  const collect = total <= COLLECT_AT_MOST || request.sort === "rating";
  const [row] = await selectRows<Pick<SearchRow, "hits">>(db, browseHitsQuery(request.filters, page, collect));
  return resultOf(request, toHits(row, []), total, facets, null);
}

function toHits(row: Pick<SearchRow, "hits"> | undefined, words: string[]): SearchHit[] {
  return json<HitRow[]>(row?.hits).map((hit) => toHit(hit, words));
}

/** json columns arrive parsed from postgres.js and as text from some PGlite versions. */
function json<T extends unknown[]>(value: T | string | null | undefined): T {
  if (typeof value === "string") return JSON.parse(value) as T;
  return value ?? ([] as unknown as T);
}

function textMatch(terms: ResolvedTerm[]): TextMatch {
  return { tsquery: toTsquery(terms), text: terms.map((t) => t.correction ?? t.term).join(" ") };
}

function resultOf(
  request: SearchRequest,
  hits: SearchHit[],
  total: number,
  facets: SearchFacets,
  correctedQuery: string | null,
): SearchResult {
  return {
    hits,
    total,
    page: request.page,
    pageSize: request.pageSize,
    pageCount: Math.ceil(total / request.pageSize),
    facets,
    correctedQuery,
    engine: "postgres",
  };
}

function toHit(row: HitRow, words: string[]): SearchHit {
  return {
    ...productCard({ ...row, image: row.image as CatalogImage | null }),
    highlight: highlightTerms(row.name, words),
  };
}

function toFacets(rows: FacetRow[]): SearchFacets {
  const sorted = (counts: Map<string, number>): FacetCount[] =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const of = (facet: FacetRow["facet"]) =>
    new Map(rows.filter((r) => r.facet === facet && r.value !== null).map((r) => [r.value!, Number(r.count)]));
  // A product sits on one path, so adding each path's count to every category on it counts
  // each product once per category, as unnesting the paths in SQL would, at a fraction of the cost.
  const categories = new Map<string, number>();
  for (const row of rows) {
    if (row.facet !== "category") continue;
    for (const slug of row.path ?? []) categories.set(slug, (categories.get(slug) ?? 0) + Number(row.count));
  }
  return {
    categories: sorted(categories),
    brands: sorted(of("brand")),
    priceBuckets: sorted(of("price")),
    inStock: Number(rows.find((r) => r.facet === "instock")?.count ?? 0),
    options: sorted(of("option")),
    rated: Number(rows.find((r) => r.facet === "rated")?.count ?? 0),
  };
}
