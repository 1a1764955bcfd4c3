import "server-only";
import { getSessionUser } from "@/lib/auth";

// Who is shopping, for the cart: a signed-in shopper's cart follows the account, a guest's
// lives behind the cart cookie. The cart depends on auth through this one hook only; the
// user id comes from the verified session, never from anything the browser sends.

export type CartOwner = { userId: string | null };

/**
 * The account of the current request, or `{ userId: null }` for a guest. Every cart
 * function also takes an explicit owner, so callers that already know the user (the login
 * flow, a test) pass it instead.
 */
export async function resolveCartOwner(): Promise<CartOwner> {
  const user = await getSessionUser();
  return { userId: user?.id ?? null };
}
