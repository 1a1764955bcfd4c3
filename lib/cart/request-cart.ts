import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { CART_COOKIE, cartCookieOptions, isCartId, newCartId } from "./cart-id";
import { type CartOwner, resolveCartOwner } from "./owner";
import { getCartStore } from "./store";

// Which cart a request works on. The browser only ever holds a guest cart's id, in an
// httpOnly cookie; an account's cart is found by user id on the server, so its id never
// reaches a browser and logging out leaves nothing of it behind on a shared computer.

async function guestCartIdFromCookie(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return isCartId(value) ? value : null;
}

/** The current request's cart id, or null when there is no cart yet. For reads. */
export async function getCartIdForRequest(owner?: CartOwner): Promise<string | null> {
  const { userId } = owner ?? (await resolveCartOwner());
  if (userId) return getCartStore().getUserCartId(userId);
  return guestCartIdFromCookie();
}

/**
 * The cart a change should go to, creating its id when there is none. For server actions
 * only (it may set the cookie): call `keep()` once the change succeeded, which writes the
 * cookie for a new guest cart. A shopper with JavaScript has the cookie already (the header
 * asks for it, see issueGuestCartCookie), so an add sets no cookie: a cookie set in an action
 * makes Next render the whole page again into the action's answer.
 */
export async function getCartForWrite(owner?: CartOwner): Promise<{ cartId: string; keep: () => Promise<void> }> {
  const { userId } = owner ?? (await resolveCartOwner());
  if (userId) {
    const store = getCartStore();
    const cartId = (await store.getUserCartId(userId)) ?? (await store.claimUserCart(userId, newCartId()));
    return { cartId, keep: async () => {} };
  }
  const existing = await guestCartIdFromCookie();
  const cartId = existing ?? newCartId();
  return {
    cartId,
    keep: async () => {
      if (!existing) (await cookies()).set(CART_COOKIE, cartId, cartCookieOptions(env.NODE_ENV === "production"));
    },
  };
}

/**
 * For a guest's every page view (the header's /api/visitor): the cart cookie, with a new id
 * when there is none yet and its expiry pushed back 30 days either way. The cart itself is
 * only created by the first add.
 */
export async function issueGuestCartCookie(): Promise<void> {
  const cartId = (await guestCartIdFromCookie()) ?? newCartId();
  (await cookies()).set(CART_COOKIE, cartId, cartCookieOptions(env.NODE_ENV === "production"));
}

/** In a server action: pushes the guest cart cookie's expiry back along with the cart's. */
export async function touchCartCookie(): Promise<void> {
  const cartId = await guestCartIdFromCookie();
  if (cartId) (await cookies()).set(CART_COOKIE, cartId, cartCookieOptions(env.NODE_ENV === "production"));
}
