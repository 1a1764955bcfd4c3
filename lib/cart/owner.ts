import "server-only";

// Who is shopping, for the cart: a signed-in shopper's cart follows the account, a guest's
// lives behind the cart cookie. The cart depends on auth through this one hook only.

export type CartOwner = { userId: string | null };

/**
 * The account of the current request, or `{ userId: null }` for a guest. Wire it to the
 * session once auth lands, e.g.
 *   const user = await getSessionUser(); return { userId: user?.id ?? null };
 * Every cart function also takes an explicit owner, so callers that already know the
 * user (a login flow, a test) pass it instead.
 */
export async function resolveCartOwner(): Promise<CartOwner> {
  return { userId: null };
}
