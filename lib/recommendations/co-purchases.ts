import { sql } from "drizzle-orm";
// The client module, not "@/db": the seed (db/seed/orders.ts) counts its orders with this too.
import { type DbOrTx, selectRows } from "@/db/client";

// "Bought together" counts (db/schema/recommendations.ts): co_purchases holds, for each pair of
// products, how many counted orders held both, in both directions. An order is counted once:
// its row in co_purchase_orders is inserted in the same statement that adds its pairs, so a
// retried handler or a duplicate delivery finds the row there and adds nothing.

export type CountedOrders = {
  /** Orders counted now (the others were counted before, or do not exist). */
  orders: number;
  /** The slugs of the products whose pairs changed: their cached blocks are stale. */
  productSlugs: string[];
};

/**
 * Counts `orderIds` into co_purchases, skipping any order already counted. One statement, so
 * it is atomic on its own and composes inside a caller's transaction (the seed, the eval).
 */
export async function countCoPurchases(db: DbOrTx, orderIds: readonly number[]): Promise<CountedOrders> {
  const ids = [...new Set(orderIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return { orders: 0, productSlugs: [] };
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await selectRows<{ orders: number; slugs: string[] | null }>(
    db,
    sql`WITH counted AS (
          INSERT INTO co_purchase_orders (order_id)
          SELECT o.id FROM orders o WHERE o.id IN (${list})
          ON CONFLICT (order_id) DO NOTHING
          RETURNING order_id
        ),
        bought AS (
          SELECT DISTINCT ol.order_id, ol.product_id
          FROM order_lines ol JOIN counted c ON c.order_id = ol.order_id
          WHERE ol.product_id IS NOT NULL
        ),
        pairs AS (
          INSERT INTO co_purchases AS cp (product_id, other_product_id, orders)
          SELECT a.product_id, b.product_id, count(*)::int
          FROM bought a JOIN bought b ON b.order_id = a.order_id AND b.product_id <> a.product_id
          GROUP BY a.product_id, b.product_id
          ON CONFLICT (product_id, other_product_id)
          DO UPDATE SET orders = cp.orders + excluded.orders, updated_at = now()
          RETURNING cp.product_id
        )
        SELECT (SELECT count(*)::int FROM counted) AS orders,
               (SELECT array_agg(DISTINCT p.slug) FROM products p WHERE p.id IN (SELECT product_id FROM pairs)) AS slugs`,
  );
  const row = rows[0];
  return { orders: Number(row?.orders ?? 0), productSlugs: row?.slugs ?? [] };
}
