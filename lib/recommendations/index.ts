import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb, type Db, db } from "@/db";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import type { ProductCard } from "@/lib/catalog";
import { skipsDataAtBuild } from "@/lib/env";
import { queryCartSuggestions } from "./cart";
import { countCoPurchases } from "./co-purchases";
import { queryPicksForShopper } from "./picks";
import { querySimilar } from "./similar";
import { queryFrequentlyBoughtTogether } from "./together";

// Recommendations (docs/architecture.md, cached pages). The product page's blocks are cached
// reads tagged like the page (catalog, products, the product's own tag): a product going out of
// stock or unpublished expires `products`, and a paid order expires the tags of the products
// whose pairs it changed. The cart's suggestions and a shopper's picks are per visitor, read
// per request inside pages that are per request (cart) or in a dynamic hole (home).

const PRODUCT_BLOCK_SIZE = 4;

export async function getFrequentlyBoughtTogether(productId: number, slug: string): Promise<ProductCard[]> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.products, cacheTags.product(slug));
  if (skipsDataAtBuild()) return [];
  return queryFrequentlyBoughtTogether(catalogDb, productId, PRODUCT_BLOCK_SIZE);
}

export async function getSimilarProducts(productId: number, slug: string): Promise<ProductCard[]> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.products, cacheTags.product(slug));
  if (skipsDataAtBuild()) return [];
  // Twice the block: the page leaves out what "Frequently bought together" already shows.
  return querySimilar(catalogDb, productId, PRODUCT_BLOCK_SIZE * 2);
}

/** "You may also like" for a cart's variants: never one of the cart's products. */
export function getCartSuggestions(variantIds: readonly number[]): Promise<ProductCard[]> {
  return queryCartSuggestions(db, variantIds, PRODUCT_BLOCK_SIZE);
}

/** "Picked for you": empty for a shopper without orders. */
export function getPicksForShopper(userId: string): Promise<ProductCard[]> {
  return queryPicksForShopper(db, userId, PRODUCT_BLOCK_SIZE);
}

/**
 * The `shop/order.paid` handler's work: counts the order's pairs once, then expires the
 * cached blocks of the products whose pairs changed (lib/cache works outside requests).
 */
export async function recordPaidOrder(handle: Db, orderId: number): Promise<{ counted: boolean }> {
  const { orders, productSlugs } = await countCoPurchases(handle, [orderId]);
  if (productSlugs.length > 0) await expireTags(productSlugs.map((slug) => cacheTags.product(slug)));
  return { counted: orders > 0 };
}

// The plain queries, for tests against a real database.
export { queryCartSuggestions } from "./cart";
export { queryPicksForShopper } from "./picks";
export { querySimilar } from "./similar";
export { queryFrequentlyBoughtTogether } from "./together";
