import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { type ListingParams, PAGE_SIZE, type SortKey, defaultListingParams } from "./listing-params";
import { type CardRow, cardColumns, cardSource, firstImageJoin, toProductCard } from "./product-cards";
import type { ProductListing } from "./types";

export type ListingQuery = Partial<ListingParams> & {
  /** Limit to this category and all of its descendants; omit for the whole catalog. */
  categorySlug?: string;
  pageSize?: number;
};

// Fixed fragments keyed by the parsed sort: user input never reaches ORDER BY as text.
// Each ends in the id so pages never overlap or skip rows when the sort key ties.
const orderBy: Record<SortKey, SQL> = {
  newest: sql`m."createdAt" DESC, m.id DESC`,
  "price-asc": sql`m.price ASC, m.id ASC`,
  "price-desc": sql`m.price DESC, m.id ASC`,
  name: sql`lower(m.name) ASC, m.id ASC`,
};

function filters(query: ListingQuery): SQL {
  const conditions: SQL[] = [sql`p.status = 'active'`];
  if (query.categorySlug !== undefined) conditions.push(sql`p.category_id IN (SELECT id FROM tree)`);
  if (query.minPrice != null) conditions.push(sql`v.price_amount >= ${query.minPrice}`);
  if (query.maxPrice != null) conditions.push(sql`v.price_amount <= ${query.maxPrice}`);
  if (query.inStock) conditions.push(sql`s.in_stock`);
  return sql.join(conditions, sql` AND `);
}

/** The category and every descendant. UNION (not UNION ALL) stops on a parent cycle. */
function categoryTree(slug: string | undefined): SQL {
  if (slug === undefined) return sql``;
  return sql`WITH RECURSIVE tree AS (
      SELECT id FROM categories WHERE slug = ${slug}
      UNION
      SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id
    )`;
}

/**
 * One page of active products, filtered on the lowest variant price and on stock, with
 * the total count. A page past the end comes back empty with the real total and page count.
 */
export async function queryProducts(db: DbOrTx, query: ListingQuery): Promise<ProductListing> {
  const pageSize = Math.max(1, query.pageSize ?? PAGE_SIZE);
  const page = Math.max(1, Math.floor(query.page ?? defaultListingParams.page));
  const sort = query.sort ?? defaultListingParams.sort;
  const matches = sql`SELECT ${cardColumns} FROM ${cardSource} WHERE ${filters(query)}`;

  const rows = await selectRows<CardRow & { total: number }>(
    db,
    sql`${categoryTree(query.categorySlug)}
        SELECT m.*, img.*, count(*) OVER ()::int AS total
        FROM (${matches}) m
        ${firstImageJoin(sql`m`)}
        ORDER BY ${orderBy[sort]}
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );

  // The window count rides along with the rows; only an empty page needs its own count.
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows[0] && page > 1) {
    const [counted] = await selectRows<{ total: number }>(
      db,
      sql`${categoryTree(query.categorySlug)} SELECT count(*)::int AS total FROM (${matches}) m`,
    );
    total = Number(counted?.total ?? 0);
  }

  return {
    items: rows.map(toProductCard),
    total,
    page,
    pageSize,
    pageCount: Math.ceil(total / pageSize),
  };
}
