import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { ProductCard } from "@/lib/catalog";
import { rankedCards } from "./ranked-cards";

// "Picked for you": for a signed-in shopper with orders, products of the categories and brands
// they buy, weighted by how many of their orders held each, with best sellers first among
// equals. What they already bought is left out. Read per request (the home page's hole).

// Cash on delivery is "placed" until paid at the door: an order of it says as much about taste.
const BOUGHT = sql`('placed', 'paid', 'packed', 'shipped', 'delivered', 'refunded')`;

export function queryPicksForShopper(db: DbOrTx, userId: string, limit = 4): Promise<ProductCard[]> {
  const ranking = sql`
    WITH mine AS (
      SELECT DISTINCT o.id AS order_id, p.id AS product_id, p.category_id, p.brand
      FROM orders o
      JOIN order_lines ol ON ol.order_id = o.id
      JOIN products p ON p.id = ol.product_id
      WHERE o.user_id = ${userId} AND o.status IN ${BOUGHT}
    ),
    categories AS (SELECT category_id, count(DISTINCT order_id) AS n FROM mine WHERE category_id IS NOT NULL GROUP BY 1),
    brands AS (SELECT brand, count(DISTINCT order_id) AS n FROM mine WHERE brand <> '' GROUP BY 1),
    sold AS (
      SELECT ol.product_id, count(DISTINCT ol.order_id) AS n
      FROM co_purchase_orders cpo JOIN order_lines ol ON ol.order_id = cpo.order_id
      WHERE ol.product_id IS NOT NULL
      GROUP BY ol.product_id
    )
    SELECT p.id AS product_id,
           coalesce(c.n, 0) + coalesce(b.n, 0) + ln(1 + coalesce(s.n, 0)) / 100 AS score
    FROM products p
    LEFT JOIN categories c ON c.category_id = p.category_id
    LEFT JOIN brands b ON b.brand = p.brand
    LEFT JOIN sold s ON s.product_id = p.id
    WHERE (c.n IS NOT NULL OR b.n IS NOT NULL)
      AND p.id NOT IN (SELECT product_id FROM mine)`;
  return rankedCards(db, ranking, { limit });
}
