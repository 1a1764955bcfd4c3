import "server-only";
import { cache } from "react";
import { env } from "@/lib/env";
import { buildCart, type CartView } from "./build-cart";
import { type CartOwner } from "./owner";
import { getCartIdForRequest } from "./request-cart";
import { getCartStore } from "./store";
import type { StoredCart } from "./store/types";
import { getCartVariants } from "./variants";

export type { CartLineView, CartView } from "./build-cart";

// Cart reads. Never cached across requests: prices and stock are read from the database
// every time (DESIGN.md: computed on the server at every read of the cart). React's
// cache() only shares one store read between the header and the page of one request.

const loadStoredCart = cache(async (): Promise<StoredCart | null> => {
  const cartId = await getCartIdForRequest();
  return cartId ? getCartStore().get(cartId) : null;
});

/** A cart by id, priced from the database. Null or unknown ids give the empty cart. */
export async function getCartById(cartId: string | null): Promise<CartView> {
  return priceCart(cartId ? await getCartStore().get(cartId) : null);
}

async function priceCart(stored: StoredCart | null): Promise<CartView> {
  const lines = stored?.lines ?? [];
  const variants = await getCartVariants(lines.map((line) => line.variantId));
  return buildCart({ id: stored?.id ?? null, lines, variants, currency: env.STORE_CURRENCY });
}

/** The current shopper's cart (guest cookie or account), priced from the database. */
export async function getCart(owner?: CartOwner): Promise<CartView> {
  if (owner) return getCartById(await getCartIdForRequest(owner));
  return priceCart(await loadStoredCart());
}

/** How many items the current shopper's cart holds, for the header; no database read. */
export async function getCartCount(): Promise<number> {
  const stored = await loadStoredCart();
  return stored?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
}
