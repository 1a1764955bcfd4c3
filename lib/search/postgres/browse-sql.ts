import { type SQL, sql } from "drizzle-orm";
import type { SearchFilters, SearchSort } from "../types";
import {
  allExcept,
  type Conditions,
  countsTableServes,
  documentRows,
  facetCountRows,
  facetsOf,
  filterConditions,
  totalOf,
} from "./filters-sql";
import { byRating, hitColumns, type PageOptions } from "./search-sql";

// Browsing: a search without query words, which matches every document. Counting facets
// over 10,000 documents cost 40 ms a page; search_facet_counts holds the same counts in a few
// hundred rows (kept by triggers, migration 0011).
//
// The page of hits is read in sort order from the b-tree that matches it (db/schema/search.ts)
// when many documents qualify: a few dozen rows. When few do, they tend to sit together in
// every order (a catalog adds a category's products at once), and walking an index in sort
// order read most of the table for one page (running-shoes at $50–100, page 2: 28 ms); those
// browses collect the matching rows through the category index and sort only them. The
// engine picks by the total, which search_facet_counts gives before the page is read.

/** Up to this many matching documents, collect and sort them rather than walk an index. */
export const COLLECT_AT_MOST = 800;

// Each order is exactly one index's (DESC NULLS LAST as the index has it; the columns are
// NOT NULL, so this orders as plain DESC would).
function orderBy(sort: SearchSort): SQL {
  switch (sort) {
    case "price-asc":
      return sql`price_amount, product_id`;
    case "price-desc":
      return sql`price_amount DESC NULLS LAST, product_id`;
    case "newest":
      return sql`created_at DESC NULLS LAST, product_id DESC NULLS LAST`;
    case "relevance":
      return sql`featured DESC NULLS LAST, created_at DESC NULLS LAST, product_id DESC NULLS LAST`;
    // No index has this order: such a browse always collects its matches and sorts them.
    case "rating":
      return byRating;
  }
}

function pageOfHits(c: Conditions, page: PageOptions, collect: boolean): SQL {
  const order = orderBy(page.sort);
  if (!collect) {
    return sql`SELECT row_number() OVER (ORDER BY ${order}) AS position, ${hitColumns}
      FROM search_documents d WHERE ${allExcept(c)} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`;
  }
  // MATERIALIZED keeps the planner from walking a sort-order index through the filter.
  return sql`WITH candidates AS MATERIALIZED (
      SELECT product_id, featured, created_at, price_amount, rating_average, review_count
      FROM search_documents WHERE ${allExcept(c)}
    ),
    top AS (
      SELECT product_id, row_number() OVER (ORDER BY ${order}) AS position
      FROM (SELECT * FROM candidates ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}) p
    )
    SELECT top.position, ${hitColumns} FROM top JOIN search_documents d USING (product_id)`;
}

/** The total and (unless skipped) the facets of a browse, as SearchRow without hits. */
export function browseCountsQuery(filters: SearchFilters, withFacets: boolean): SQL {
  const c = filterConditions(filters);
  // Options and ratings are not in search_facet_counts: a browse filtered by them counts the
  // documents themselves (the filter narrows them through option_values' GIN index).
  const source = countsTableServes(filters) ? facetCountRows : documentRows;
  // Counting options and ratings reads every document it counts (unnesting its options): over
  // a category or a brand that is a few hundred through the GIN index, but over the whole
  // catalog it doubled a browse's cost (npm run bench -- search). An unnarrowed browse of
  // everything leaves them out; its shoppers narrow by category first.
  const narrowed =
    filters.categories.length + filters.brands.length + (filters.options ?? []).length > 0 || !!filters.minRating;
  const documents = narrowed ? sql`search_documents` : null;
  return sql`SELECT NULL AS hits, ${totalOf(source, c)} AS total,
    ${withFacets ? facetsOf(source, c, filters, documents) : sql`NULL`} AS facets`;
}

/** A browse's page of hits (HitRow[] as JSON), collecting the matches first when `collect`. */
export function browseHitsQuery(filters: SearchFilters, page: PageOptions, collect: boolean): SQL {
  return sql`SELECT json_agg(h ORDER BY h.position) AS hits FROM (${pageOfHits(filterConditions(filters), page, collect)}) h`;
}
