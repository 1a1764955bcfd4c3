import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { ProductCard } from "@/lib/catalog";
import { rankedCards } from "./ranked-cards";

// Best sellers: products by the number of counted (paid) orders that held them. Products
// nobody bought yet still rank, below the sold ones, featured first, so a new store's blocks
// are not empty; the counts come from the same orders as co_purchases (co_purchase_orders).

/** (product_id, sales) over every counted order. */
const sales = sql`
  SELECT ol.product_id, count(DISTINCT ol.order_id) AS sold
  FROM co_purchase_orders cpo JOIN order_lines ol ON ol.order_id = cpo.order_id
  WHERE ol.product_id IS NOT NULL
  GROUP BY ol.product_id`;

/** A ranking of the products `where` selects (over `products bp`) by sales. */
function bestSellerRanking(where: SQL): SQL {
  return sql`
    SELECT bp.id AS product_id, coalesce(b.sold, 0) + CASE WHEN bp.featured THEN 0.5 ELSE 0 END AS score
    FROM products bp LEFT JOIN (${sales}) b ON b.product_id = bp.id
    WHERE bp.status = 'active' AND ${where}`;
}

export function queryBestSellers(
  db: DbOrTx,
  options: { exclude?: readonly number[]; limit: number },
): Promise<ProductCard[]> {
  return rankedCards(db, bestSellerRanking(sql`true`), options);
}

/** The best sellers of the category `productId` is in (none when it has no category). */
export function queryCategoryBestSellers(
  db: DbOrTx,
  productId: number,
  options: { exclude?: readonly number[]; limit: number },
): Promise<ProductCard[]> {
  return rankedCards(
    db,
    bestSellerRanking(sql`bp.category_id = (SELECT category_id FROM products WHERE id = ${productId})`),
    { ...options, exclude: [productId, ...(options.exclude ?? [])] },
  );
}
