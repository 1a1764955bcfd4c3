import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb, type Db, db } from "@/db";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { getSessionUser } from "@/lib/auth";
import type { ProductCard } from "@/lib/catalog";
import { skipsDataAtBuild } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { queryCartSuggestions } from "./cart";
import { countCoPurchases } from "./co-purchases";
import { queryPicksForShopper } from "./picks";
import { querySimilar } from "./similar";
import type { ProductLink } from "./client";
import { queryFrequentlyBoughtTogether } from "./together";

// Recommendations (docs/architecture.md, cached pages). The product page's blocks are cached
// reads tagged like the page (catalog, products, the product's own tag): a product going out of
// stock or unpublished expires `products`, and a paid order expires the tags of the products
// whose pairs it changed. The cart's suggestions and a shopper's picks are per visitor: the
// cart page is per request, and the home page, cached whole, asks for the picks after load
// (/api/recommendations/picked), as the header asks for the visitor's state.

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

/** "Picked for you" for the visitor of this request: none for guests and shoppers without orders. */
export async function getPicksForVisitor(): Promise<ProductLink[]> {
  const user = await getSessionUser();
  if (!user) return [];
  const picks = await queryPicksForShopper(db, user.id, PRODUCT_BLOCK_SIZE);
  return picks.map((card) => ({
    slug: card.slug,
    name: card.name,
    brand: card.brand,
    image: card.image ? { url: card.image.url, alt: card.image.alt } : null,
    price: formatMoney(card.price),
  }));
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
