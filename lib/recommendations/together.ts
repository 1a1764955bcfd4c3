import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { ProductCard } from "@/lib/catalog";
import { queryBestSellers, queryCategoryBestSellers } from "./best-sellers";
import { idList, rankedCards, topUp } from "./ranked-cards";

// "Frequently bought together": the products most often in the same paid order as this one,
// topped up with the best sellers of its category when there are too few (a new product, a new
// store). The cart's "You may also like" does the same for every product in the cart at once.

/** How many pairs of one product are looked at before filtering out what cannot be shown. */
const CANDIDATES = 60;

/** Score: in how many counted orders the product was bought with these. */
function togetherRanking(productIds: readonly number[]) {
  return sql`
    SELECT cp.other_product_id AS product_id, sum(cp.orders) AS score
    FROM co_purchases cp
    WHERE cp.product_id IN (${idList(productIds)})
    GROUP BY cp.other_product_id
    ORDER BY score DESC
    LIMIT ${CANDIDATES}`;
}

export async function queryFrequentlyBoughtTogether(db: DbOrTx, productId: number, limit = 4): Promise<ProductCard[]> {
  const together = await rankedCards(db, togetherRanking([productId]), { exclude: [productId], limit });
  return topUp(together, limit, (exclude, missing) =>
    queryCategoryBestSellers(db, productId, { exclude, limit: missing }),
  );
}

/** For the cart: bought with any of `productIds`, never one of them; then the best sellers. */
export async function queryBoughtWithAny(db: DbOrTx, productIds: readonly number[], limit = 4): Promise<ProductCard[]> {
  const exclude = [...new Set(productIds)];
  const together = exclude.length ? await rankedCards(db, togetherRanking(exclude), { exclude, limit }) : [];
  return topUp(together, limit, (more, missing) => queryBestSellers(db, { exclude: more, limit: missing }), exclude);
}
