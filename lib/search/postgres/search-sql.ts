import { type SQL, sql } from "drizzle-orm";
import type { CardFields } from "@/lib/catalog";
import type { SearchFilters, SearchSort } from "../types";
import { allExcept, facetsOf, filterConditions, matchedRows, totalOf } from "./filters-sql";

/** Best rated first; a rating more shoppers gave wins a tie; unrated products last. */
export const byRating = sql`rating_average DESC NULLS LAST, review_count DESC, product_id ASC`;

// The Postgres engine's search for query words over search_documents (browse-sql.ts serves
// searches without words).

export type TextMatch = {
  /** to_tsquery input built by terms.ts. */
  tsquery: string;
  /** Folded, corrected query words, compared with the folded name for the exact-name bonus. */
  text: string;
};

// The tsquery reaches the plan as an InitPlan parameter, not a constant: the planner then
// cannot see that "ja:*" matches hundreds of rows, and always takes the GIN index. Shown the
// constant, it chose a sequential scan for any broad query, evaluating @@ on every document
// (13 ms against 1 ms through the index on 10,000 products).
function tsquery(match: TextMatch): SQL {
  return sql`(SELECT to_tsquery('english', ${match.tsquery}))`;
}

// Name hits outrank brand and category hits, which outrank options, specs and description
// (weights D, C, B, A); a name that is the query, or starts with it, comes first, so
// "leather jacket" puts the Leather Jacket above a jacket that mentions leather. (Trigram
// similarity to the name did the same job at five times the cost of the whole ranking.)
function score(match: TextMatch): SQL {
  return sql`(ts_rank('{0.05, 0.2, 0.4, 1.0}', document, ${tsquery(match)})
    + CASE WHEN name_text = ${match.text} THEN 1 WHEN starts_with(name_text, ${match.text}) THEN 0.5 ELSE 0 END)`;
}

// Sort keys come from the `matched` CTE below, where the score is computed once per row.
function orderBy(sort: SearchSort): SQL {
  switch (sort) {
    case "price-asc":
      return sql`price_amount ASC, product_id ASC`;
    case "price-desc":
      return sql`price_amount DESC, product_id ASC`;
    case "newest":
      return sql`created_at DESC, product_id DESC`;
    case "relevance":
      return sql`score DESC, featured DESC, product_id ASC`;
    case "rating":
      return byRating;
  }
}

/** A hit's card fields as the row holds them: the image is still JSON. */
export type HitRow = Omit<CardFields, "image"> & { image: unknown };

/** What a hit shows, from a search_documents row `d`, in HitRow's names. */
export const hitColumns = sql`d.product_id AS id, d.slug, d.name, d.brand, d.price_amount AS "priceAmount",
  d.compare_at_amount AS "compareAtAmount", d.currency, d.in_stock AS "inStock", d.image,
  d.rating_average AS "ratingAverage", d.review_count AS "reviewCount"`;

/** Categories are counted per category path (root → leaf) and rolled up to ancestors after. */
export type FacetRow = {
  facet: "category" | "brand" | "price" | "instock" | "option" | "rated";
  value: string | null;
  path: string[] | null;
  count: number;
};

/** One row: the page of hits, the filtered total and (unless skipped) every facet's counts, as JSON. */
export type SearchRow = { hits: HitRow[] | string | null; total: number; facets: FacetRow[] | string | null };

export type PageOptions = { sort: SearchSort; limit: number; offset: number; withFacets: boolean };

/**
 * A search in one statement and one pass over the matching rows: `matched` holds the narrow
 * columns filters, facets and sorting need (and the score, computed once per row); the page
 * of hits then joins back for its display columns, 24 rows rather than every match.
 */
export function searchQuery(match: TextMatch, filters: SearchFilters, page: PageOptions): SQL {
  const c = filterConditions(filters);
  return sql`
    WITH matched AS MATERIALIZED (
      SELECT product_id, brand, category_slugs, price_bucket, in_stock, featured, price_amount, created_at,
        option_values, rating_average, review_count, ${score(match)} AS score
      FROM search_documents WHERE document @@ ${tsquery(match)}
    ),
    filtered AS NOT MATERIALIZED (SELECT * FROM matched WHERE ${allExcept(c)}),
    top AS (
      SELECT product_id, row_number() OVER (ORDER BY ${orderBy(page.sort)}) AS position
      FROM (SELECT * FROM filtered ORDER BY ${orderBy(page.sort)} LIMIT ${page.limit} OFFSET ${page.offset}) p
    )
    SELECT
      (SELECT json_agg(h ORDER BY h.position) FROM (
         SELECT top.position, ${hitColumns} FROM top JOIN search_documents d USING (product_id)
       ) h) AS hits,
      ${totalOf(matchedRows, c)} AS total,
      ${page.withFacets ? facetsOf(matchedRows, c, filters, sql`matched`) : sql`NULL`} AS facets`;
}
