import { type SQL, sql } from "drizzle-orm";
import type { SearchFilters, SearchSort } from "../types";

// SQL pieces for the Postgres engine's search over search_documents. Columns are unqualified
// so the same conditions work on the table and on the `matched` CTE the facets count over.

type FacetKey = "categories" | "brands" | "priceBuckets" | "inStock";

function list(values: string[]): SQL {
  return sql.join(values.map((v) => sql`${v}`), sql`, `);
}

/** One condition per active filter; disjunctive facets leave their own one out. */
export function filterConditions(filters: SearchFilters): Record<FacetKey, SQL | null> {
  return {
    categories: filters.categories.length > 0 ? sql`category_slugs && ARRAY[${list(filters.categories)}]::text[]` : null,
    brands: filters.brands.length > 0 ? sql`brand IN (${list(filters.brands)})` : null,
    priceBuckets: filters.priceBuckets.length > 0 ? sql`price_bucket IN (${list(filters.priceBuckets)})` : null,
    inStock: filters.inStock ? sql`in_stock` : null,
  };
}

function all(conditions: (SQL | null)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== null);
  return present.length > 0 ? sql.join(present, sql` AND `) : sql`true`;
}

function allExcept(conditions: Record<FacetKey, SQL | null>, except?: FacetKey): SQL {
  return all(Object.entries(conditions).filter(([key]) => key !== except).map(([, c]) => c));
}

export type TextMatch = {
  /** to_tsquery input built by terms.ts, or null to browse every document. */
  tsquery: string | null;
  /** Folded, corrected query words for name similarity. */
  text: string;
};

function textCondition(match: TextMatch): SQL {
  return match.tsquery === null ? sql`true` : sql`document @@ to_tsquery('english', ${match.tsquery})`;
}

// Name hits outrank brand and category hits, which outrank options, specs and description
// (weights D, C, B, A); closeness of the whole name to the query breaks near-ties, so
// "leather jacket" puts the Leather Jacket above a jacket that mentions leather.
function score(match: TextMatch): SQL {
  if (match.tsquery === null) return sql`0`;
  return sql`(ts_rank('{0.05, 0.2, 0.4, 1.0}', document, to_tsquery('english', ${match.tsquery}))
    + 0.5 * similarity(name_text, ${match.text}))`;
}

function orderBy(sort: SearchSort, match: TextMatch): SQL {
  switch (sort) {
    case "price-asc":
      return sql`price_amount ASC, product_id ASC`;
    case "price-desc":
      return sql`price_amount DESC, product_id ASC`;
    case "newest":
      return sql`created_at DESC, product_id DESC`;
    case "relevance":
      return match.tsquery === null
        ? sql`featured DESC, created_at DESC, product_id DESC`
        : sql`${score(match)} DESC, featured DESC, product_id ASC`;
  }
}

export type HitRow = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  inStock: boolean;
  image: unknown;
  total: number;
};

export function hitsQuery(match: TextMatch, filters: SearchFilters, sort: SearchSort, limit: number, offset: number): SQL {
  return sql`
    SELECT product_id AS id, slug, name, brand, price_amount AS "priceAmount",
      compare_at_amount AS "compareAtAmount", currency, in_stock AS "inStock", image,
      count(*) OVER ()::int AS total
    FROM search_documents
    WHERE ${textCondition(match)} AND ${allExcept(filterConditions(filters))}
    ORDER BY ${orderBy(sort, match)}
    LIMIT ${limit} OFFSET ${offset}`;
}

export type FacetRow = { facet: "category" | "brand" | "price" | "instock" | "total"; value: string | null; count: number };

/** Every facet's counts (disjunctive) and the filtered total, in one round trip. */
export function facetsQuery(match: TextMatch, filters: SearchFilters): SQL {
  const c = filterConditions(filters);
  return sql`
    WITH matched AS MATERIALIZED (
      SELECT brand, category_slugs, price_bucket, in_stock FROM search_documents WHERE ${textCondition(match)}
    )
    SELECT 'category' AS facet, slug AS value, count(*)::int AS count
      FROM matched CROSS JOIN LATERAL unnest(category_slugs) AS slug
      WHERE ${allExcept(c, "categories")} GROUP BY slug
    UNION ALL
    SELECT 'brand', brand, count(*)::int FROM matched WHERE brand <> '' AND ${allExcept(c, "brands")} GROUP BY brand
    UNION ALL
    SELECT 'price', price_bucket, count(*)::int FROM matched WHERE ${allExcept(c, "priceBuckets")} GROUP BY price_bucket
    UNION ALL
    SELECT 'instock', NULL, count(*)::int FROM matched WHERE in_stock AND ${allExcept(c, "inStock")}
    UNION ALL
    SELECT 'total', NULL, count(*)::int FROM matched WHERE ${allExcept(c)}`;
}
