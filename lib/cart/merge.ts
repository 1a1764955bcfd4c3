import "server-only";
import { cookies } from "next/headers";
import { CART_COOKIE, isCartId, newCartId } from "./cart-id";
import { MAX_LINE_QUANTITY } from "./limits";
import { getCartStore } from "./store";
import type { CartStore } from "./store/types";
import { getCartVariants, isSellable } from "./variants";

/**
 * Moves a guest cart into the account's cart at login: quantities are added, each capped
 * at today's stock; lines that can no longer be bought are dropped. Creates the account's
 * cart if it has none. Returns the account's cart id.
 */
export async function mergeGuestCartIntoUserCart(
  guestCartId: string | null | undefined,
  userId: string,
  store: CartStore = getCartStore(),
): Promise<string> {
  const userCartId = (await store.getUserCartId(userId)) ?? (await store.claimUserCart(userId, newCartId()));
  if (!isCartId(guestCartId) || guestCartId === userCartId) return userCartId;
  const guest = await store.get(guestCartId);
  if (!guest) return userCartId;

  const variants = await getCartVariants(guest.lines.map((line) => line.variantId));
  const caps = new Map<number, number>();
  for (const line of guest.lines) {
    const variant = variants.get(line.variantId);
    if (isSellable(variant) && variant.stock > 0) caps.set(line.variantId, Math.min(variant.stock, MAX_LINE_QUANTITY));
  }
  await store.merge(guestCartId, userCartId, caps);
  return userCartId;
}

/**
 * For the login flow (Auth.js's signIn event, a server action or a route handler, where
 * cookies can be written): merges the cookie's guest cart into the account and drops the
 * cookie, so after logout this browser starts with a fresh, empty guest cart.
 */
export async function mergeCartAtLogin(userId: string): Promise<void> {
  const jar = await cookies();
  const guestCartId = jar.get(CART_COOKIE)?.value;
  await mergeGuestCartIntoUserCart(guestCartId, userId);
  if (guestCartId !== undefined) jar.delete(CART_COOKIE);
}
