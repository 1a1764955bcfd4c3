import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import type { ProductCard } from "@/lib/catalog";
import { idList } from "./ranked-cards";
import { queryBoughtWithAny } from "./together";

// The cart page's "You may also like": what was bought with the cart's products, then best
// sellers, never a product already in the cart (in any variant).

export async function queryCartSuggestions(
  db: DbOrTx,
  variantIds: readonly number[],
  limit = 4,
): Promise<ProductCard[]> {
  const ids = variantIds.filter((id) => Number.isSafeInteger(id) && id > 0);
  const products = ids.length
    ? await selectRows<{ productId: number }>(
        db,
        sql`SELECT DISTINCT product_id AS "productId" FROM product_variants WHERE id IN (${idList(ids)})`,
      )
    : [];
  return queryBoughtWithAny(
    db,
    products.map((p) => Number(p.productId)),
    limit,
  );
}
