import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/db";
import { products } from "@/db/schema";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { productsCrossingZero, type StockMovement } from "./stock";

/**
 * After an order took or returned stock, once it committed: the product pages show stock,
 * so they render again on their next request; listings and the home page only show "in
 * stock", so they do only when a product crossed zero. From a request or from background
 * work (an unpaid order's hold released by the outbox) alike.
 */
export async function invalidateStockCaches(moves: readonly StockMovement[]): Promise<void> {
  const ids = [...new Set(moves.map((m) => m.productId))];
  if (ids.length === 0) return;
  const rows = await db.select({ slug: products.slug }).from(products).where(inArray(products.id, ids));
  const tags = rows.map(({ slug }) => cacheTags.product(slug));
  if (productsCrossingZero(moves).length > 0) tags.push(cacheTags.products);
  await expireTags(tags);
}
