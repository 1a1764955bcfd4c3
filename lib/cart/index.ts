import "server-only";
import { getCartStore } from "./store";

// The cart's server API for pages, layouts, the login flow and jobs. Server actions live in
// ./actions (one per file); UI in components/cart.

export { getCart, getCartById, getCartCount, type CartLineView, type CartView } from "./get-cart";
export { getCartIdForRequest } from "./request-cart";
export { mergeCartAtLogin, mergeGuestCartIntoUserCart } from "./merge";
export { resolveCartOwner, type CartOwner } from "./owner";

/**
 * Deletes expired guest carts from the Postgres store (Redis expires them by itself) and
 * returns how many. Reads already ignore expired carts; this only reclaims the rows, so
 * run it from a daily job.
 */
export async function purgeExpiredCarts(): Promise<number> {
  return getCartStore().purgeExpired();
}
