import { type SQL, sql } from "drizzle-orm";
import { MIN_RATING_FILTER, optionGroups } from "../options";
import type { SearchFilters } from "../types";

// Filter conditions and facet counts, shared by searches with words (over the matched rows)
// and browsing (over search_facet_counts, or search_documents when a filter needs columns the
// counts table lacks). Columns are unqualified and named alike in search_documents, the
// `matched` CTE and search_facet_counts, so one condition serves all three.

type FacetKey = "categories" | "brands" | "priceBuckets" | "inStock" | "options" | "rating";
export type Conditions = Record<FacetKey, SQL | null>;

function list(values: string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/** A document has one of these "option:value" pairs in stock. */
function hasOption(values: string[]): SQL {
  return sql`option_values && ARRAY[${list(values)}]::text[]`;
}

/** One condition per active filter; disjunctive facets leave their own one out. */
export function filterConditions(filters: SearchFilters): Conditions {
  const groups = optionGroups(filters.options ?? []);
  return {
    categories:
      filters.categories.length > 0 ? sql`category_slugs && ARRAY[${list(filters.categories)}]::text[]` : null,
    brands: filters.brands.length > 0 ? sql`brand IN (${list(filters.brands)})` : null,
    priceBuckets: filters.priceBuckets.length > 0 ? sql`price_bucket IN (${list(filters.priceBuckets)})` : null,
    inStock: filters.inStock ? sql`in_stock` : null,
    // Values of one option are ORed (M or L), options ANDed (an M, and a black one).
    options:
      groups.length > 0
        ? sql.join(
            groups.map((g) => sql`(${hasOption(g.values)})`),
            sql` AND `,
          )
        : null,
    rating: filters.minRating ? sql`rating_average >= ${filters.minRating}` : null,
  };
}

/** Whether search_facet_counts can answer for these filters (it has no options or ratings). */
export function countsTableServes(filters: SearchFilters): boolean {
  return (filters.options ?? []).length === 0 && !filters.minRating;
}

function all(conditions: (SQL | null)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== null);
  return present.length > 0 ? sql.join(present, sql` AND `) : sql`true`;
}

export function allExcept(conditions: Conditions, except?: FacetKey): SQL {
  return all(
    Object.entries(conditions)
      .filter(([key]) => key !== except)
      .map(([, c]) => c),
  );
}

/**
 * Rows that stand for documents: each matched document once, or a search_facet_counts row
 * for its `products` documents.
 */
export type FacetSource = { from: SQL; documents: SQL };
export const matchedRows: FacetSource = { from: sql`matched`, documents: sql`count(*)` };
export const documentRows: FacetSource = { from: sql`search_documents`, documents: sql`count(*)` };
export const facetCountRows: FacetSource = { from: sql`search_facet_counts`, documents: sql`sum(products)` };

/** How many documents `source` holds with every filter applied. */
export function totalOf(source: FacetSource, c: Conditions): SQL {
  return sql`(SELECT coalesce(${source.documents}, 0)::int FROM ${source.from} WHERE ${allExcept(c)})`;
}

/**
 * Option values in stock, counted over `from` (one row per document). Each value is counted
 * with every filter but its own option's: ticking "Size: M" leaves the sizes' counts as they
 * were and narrows the colours'. A value `v` passes an option's filter when it is of that
 * option, or the document has one of the option's chosen values.
 */
function optionCounts(from: SQL, c: Conditions, filters: SearchFilters): SQL {
  const others = optionGroups(filters.options ?? []).map(
    (g) => sql`(starts_with(v, ${`${g.option}:`}) OR ${hasOption(g.values)})`,
  );
  return sql`SELECT 'option' AS facet, v AS value, NULL AS path, count(*)::int AS count
    FROM ${from}, unnest(option_values) v WHERE ${all([allExcept(c, "options"), ...others])} GROUP BY v`;
}

/**
 * Every facet's counts as JSON rows (FacetRow), each with the other facets' filters applied.
 * Categories are counted per path (root → leaf) and rolled up to ancestors by the engine.
 * `source` counts the classic facets; options and ratings are counted over `documents` (the
 * matched rows, or search_documents when browsing: search_facet_counts does not hold them),
 * or not at all when `documents` is null.
 */
export function facetsOf(source: FacetSource, c: Conditions, filters: SearchFilters, documents: SQL | null): SQL {
  const { from, documents: n } = source;
  const perDocument = documents
    ? sql`UNION ALL
      ${optionCounts(documents, c, filters)}
      UNION ALL
      SELECT 'rated', NULL, NULL, count(*)::int FROM ${documents}
        WHERE rating_average >= ${MIN_RATING_FILTER} AND ${allExcept(c, "rating")}`
    : sql``;
  return sql`(SELECT json_agg(f) FROM (
      SELECT 'category' AS facet, NULL AS value, category_slugs AS path, ${n}::int AS count
        FROM ${from} WHERE ${allExcept(c, "categories")} GROUP BY category_slugs
      UNION ALL
      SELECT 'brand', brand, NULL, ${n}::int FROM ${from} WHERE brand <> '' AND ${allExcept(c, "brands")} GROUP BY brand
      UNION ALL
      SELECT 'price', price_bucket, NULL, ${n}::int FROM ${from} WHERE ${allExcept(c, "priceBuckets")} GROUP BY price_bucket
      UNION ALL
      SELECT 'instock', NULL, NULL, coalesce(${n}, 0)::int FROM ${from} WHERE in_stock AND ${allExcept(c, "inStock")}
      ${perDocument}
    ) f)`;
}
