import "server-only";
import { cache } from "react";
import type { CartView } from "./build-cart";
import type { CartOwner } from "./owner";
import { getCartById, priceCart } from "./price-cart";
import { getCartIdForRequest } from "./request-cart";
import { getCartStore } from "./store";
import type { StoredCart } from "./store/types";
import { CART_UNAVAILABLE, CartUnavailableError } from "./unavailable";

export type { CartView } from "./build-cart";

// The current shopper's cart. Never cached across requests: prices and stock are read from
// the database every time (docs/architecture.md, invariants: computed on the server at every read of the cart).
// React's cache() only shares one store read between the header and the page of a request.

const loadStoredCart = cache(async (): Promise<StoredCart | null> => {
  const cartId = await getCartIdForRequest();
  return cartId ? getCartStore().get(cartId) : null;
});

/** The current shopper's cart (guest cookie or account), priced from the database. */
export async function getCart(owner?: CartOwner): Promise<CartView> {
  if (owner) return getCartById(await getCartIdForRequest(owner));
  return priceCart(await loadStoredCart());
}

/**
 * For the cart page: the cart, or the message to show in its place when the cart store
 * cannot answer (the page still renders, at once, instead of an error page).
 */
export async function readCart(): Promise<{ ok: true; cart: CartView } | { ok: false; message: string }> {
  try {
    return { ok: true, cart: await getCart() };
  } catch (error) {
    if (error instanceof CartUnavailableError) return { ok: false, message: CART_UNAVAILABLE };
    throw error;
  }
}

/** How many items the current shopper's cart holds, for the header; no database read. */
export async function getCartCount(): Promise<number> {
  return itemCount(await loadStoredCart());
}

/** How many items a cart holds now (after a change), read from the cart store alone. */
export async function countCartItems(cartId: string | null): Promise<number> {
  return cartId ? itemCount(await getCartStore().get(cartId)) : 0;
}

const itemCount = (cart: StoredCart | null) => cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
