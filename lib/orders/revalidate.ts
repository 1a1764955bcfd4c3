import "server-only";
import { inArray } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { db } from "@/db";
import { products } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { productsCrossingZero, type StockMovement } from "./stock";

/**
 * After an order took or returned stock: the product pages show stock, so their cached
 * reads go stale; listings only show "in stock", so they are invalidated only when a
 * product crossed zero. For requests (actions, route handlers) after the commit.
 */
export async function invalidateStockCaches(moves: readonly StockMovement[]): Promise<void> {
  const ids = [...new Set(moves.map((m) => m.productId))];
  if (ids.length === 0) return;
  const rows = await db.select({ slug: products.slug }).from(products).where(inArray(products.id, ids));
  for (const { slug } of rows) revalidateTag(cacheTags.product(slug), "max");
  if (productsCrossingZero(moves).length > 0) revalidateTag(cacheTags.products, "max");
}
