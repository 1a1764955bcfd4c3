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
