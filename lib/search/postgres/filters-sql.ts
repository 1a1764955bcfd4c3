import { type SQL, sql } from "drizzle-orm";
import type { SearchFilters } from "../types";

// Filter conditions and facet counts, shared by searches with words (over the matched rows)
// and browsing (over search_facet_counts). Columns are unqualified and named alike in
// search_documents, the `matched` CTE and search_facet_counts, so one condition serves all three.

type FacetKey = "categories" | "brands" | "priceBuckets" | "inStock";
export type Conditions = Record<FacetKey, SQL | null>;

function list(values: string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/** One condition per active filter; disjunctive facets leave their own one out. */
export function filterConditions(filters: SearchFilters): Conditions {
  return {
    categories:
      filters.categories.length > 0 ? sql`category_slugs && ARRAY[${list(filters.categories)}]::text[]` : null,
    brands: filters.brands.length > 0 ? sql`brand IN (${list(filters.brands)})` : null,
    priceBuckets: filters.priceBuckets.length > 0 ? sql`price_bucket IN (${list(filters.priceBuckets)})` : null,
    inStock: filters.inStock ? sql`in_stock` : null,
  };
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
export const facetCountRows: FacetSource = { from: sql`search_facet_counts`, documents: sql`sum(products)` };

/** How many documents `source` holds with every filter applied. */
export function totalOf(source: FacetSource, c: Conditions): SQL {
  return sql`(SELECT coalesce(${source.documents}, 0)::int FROM ${source.from} WHERE ${allExcept(c)})`;
}

/**
 * Every facet's counts as JSON rows (FacetRow), each with the other facets' filters applied.
 * Categories are counted per path (root → leaf) and rolled up to ancestors by the engine.
 */
export function facetsOf(source: FacetSource, c: Conditions): SQL {
  const { from, documents: n } = source;
  return sql`(SELECT json_agg(f) FROM (
      SELECT 'category' AS facet, NULL AS value, category_slugs AS path, ${n}::int AS count
        FROM ${from} WHERE ${allExcept(c, "categories")} GROUP BY category_slugs
      UNION ALL
      SELECT 'brand', brand, NULL, ${n}::int FROM ${from} WHERE brand <> '' AND ${allExcept(c, "brands")} GROUP BY brand
      UNION ALL
      SELECT 'price', price_bucket, NULL, ${n}::int FROM ${from} WHERE ${allExcept(c, "priceBuckets")} GROUP BY price_bucket
      UNION ALL
      SELECT 'instock', NULL, NULL, coalesce(${n}, 0)::int FROM ${from} WHERE in_stock AND ${allExcept(c, "inStock")}
    ) f)`;
}
