import "server-only";

/**
 * Runs after every successful sign-in (password or provider), from Auth.js's `signIn`
 * event. The guest cart merge belongs here: see the note in the report to the cart work —
 * `mergeGuestCartIntoUserCart(guestCartId, userId)` from lib/cart is not available yet.
 */
export async function afterSignIn(userId: string): Promise<void> {
  void userId;
}
