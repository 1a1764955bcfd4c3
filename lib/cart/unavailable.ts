import { fail } from "@/lib/actions";

// When the cart store (Redis) cannot answer, the shopper is told so at once, on the form or
// the page they are on, instead of waiting for a timeout or meeting an error page. Nothing
// is changed: a cart operation either ran in Redis or did not start.

export const CART_UNAVAILABLE = "Your cart is unavailable right now, please try again in a moment.";

/** The cart store did not answer (down, paused, refusing); thrown by the Redis stores. */
export class CartUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(CART_UNAVAILABLE, options);
    this.name = "CartUnavailableError";
  }
}

/** An action's result, or the "unavailable" form error when the cart store cannot answer. */
export async function unlessCartUnavailable<R>(change: () => Promise<R>): Promise<R | { ok: false; formError: string }> {
  try {
    return await change();
  } catch (error) {
    // Anything else (a redirect, a database outage) goes on up as before.
    if (error instanceof CartUnavailableError) return fail(CART_UNAVAILABLE);
    throw error;
  }
}
