import "server-only";
import { sql } from "drizzle-orm";
import { type Db, type DbOrTx, selectRows } from "@/db";
import { queryBestSellers, queryCategoryBestSellers } from "./best-sellers";
import { countCoPurchases } from "./co-purchases";
import { queryFrequentlyBoughtTogether } from "./together";

// Offline measure of "frequently bought together" (scripts/recommendations-eval.ts): for each
// shopper with two or more orders, their last order is held out; co-purchases and best sellers
// are rebuilt from every other order, inside a transaction that is rolled back, with the very
// queries the store runs. Then, for each product of a held-out order, a list of K is a hit when
// it names another product of that order. Baselines: the K best sellers, and the K best sellers
// of the product's category (FBT's own fallback), from the same training orders.

const BOUGHT = sql`('paid', 'packed', 'shipped', 'delivered', 'refunded')`;

export type HitRate = { hits: number; queries: number; rate: number };
export type EvaluationReport = {
  k: number;
  shoppers: number;
  trainingOrders: number;
  heldOut: number;
  together: HitRate;
  bestSellers: HitRate;
  categoryBestSellers: HitRate;
};

type OrderRow = { id: number; userId: string | null; products: number[] };

class RolledBack extends Error {}

export async function evaluateHoldout(
  db: Db,
  options: { k?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<EvaluationReport> {
  const k = options.k ?? 4;
  const orders = await selectRows<OrderRow>(
    db,
    sql`SELECT o.id, o.user_id AS "userId", array_agg(DISTINCT ol.product_id) AS products
        FROM orders o JOIN order_lines ol ON ol.order_id = o.id
        WHERE o.status IN ${BOUGHT} AND ol.product_id IS NOT NULL
        GROUP BY o.id
        ORDER BY o.created_at, o.id`,
  );
  const { heldOut, training, shoppers } = holdOutLastOrders(orders);
  let report: EvaluationReport | null = null;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM co_purchases WHERE true`);
      await tx.execute(sql`DELETE FROM co_purchase_orders WHERE true`);
      for (let i = 0; i < training.length; i += 2000) await countCoPurchases(tx, training.slice(i, i + 2000));
      report = {
        k,
        shoppers,
        trainingOrders: training.length,
        heldOut: heldOut.length,
        ...(await score(tx, heldOut, k, options.onProgress)),
      };
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return report!;
}

/** Each shopper's last order (by date; rows come sorted) is held out when they have another. */
function holdOutLastOrders(orders: readonly OrderRow[]) {
  const byShopper = new Map<string, OrderRow[]>();
  for (const order of orders) {
    if (order.userId) byShopper.set(order.userId, [...(byShopper.get(order.userId) ?? []), order]);
  }
  const held = new Set<number>();
  const heldOut: OrderRow[] = [];
  for (const list of byShopper.values()) {
    const last = list[list.length - 1]!;
    if (list.length < 2) continue;
    held.add(Number(last.id));
    heldOut.push(last);
  }
  return {
    shoppers: heldOut.length,
    heldOut,
    training: orders.filter((o) => !held.has(Number(o.id))).map((o) => Number(o.id)),
  };
}

async function score(
  tx: DbOrTx,
  heldOut: readonly OrderRow[],
  k: number,
  onProgress?: (done: number, total: number) => void,
) {
  const tally = () => ({ hits: 0, queries: 0 });
  const together = tally();
  const popular = tally();
  const category = tally();
  // The global list is the same for every query but the product itself: read once.
  const best = (await queryBestSellers(tx, { limit: k + 1 })).map((p) => p.id);
  const orders = heldOut.filter((o) => o.products.length >= 2);
  let done = 0;
  for (const order of orders) {
    const products = order.products.map(Number);
    for (const product of products) {
      const others = new Set(products.filter((p) => p !== product));
      const hit = (ids: number[]) => ids.some((id) => others.has(id));
      const fbt = (await queryFrequentlyBoughtTogether(tx, product, k)).map((p) => p.id);
      const inCategory = (await queryCategoryBestSellers(tx, product, { limit: k })).map((p) => p.id);
      const global = best.filter((id) => id !== product).slice(0, k);
      for (const [t, ids] of [
        [together, fbt],
        [popular, global],
        [category, inCategory],
      ] as const) {
        t.queries += 1;
        if (hit(ids)) t.hits += 1;
      }
    }
    onProgress?.(++done, orders.length);
  }
  const rate = (t: { hits: number; queries: number }): HitRate => ({ ...t, rate: t.queries ? t.hits / t.queries : 0 });
  return { together: rate(together), bestSellers: rate(popular), categoryBestSellers: rate(category) };
}
