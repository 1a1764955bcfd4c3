import { fail } from "@/lib/actions";
import { CART_UNAVAILABLE, CartUnavailableError } from "./unavailable";

// Apart from ./unavailable.ts, whose error the cart stores throw: the stores are loaded by
// sign-in (the cart merge), and lib/actions loads sign-in, so the action result shape here
// would close an import cycle through the stores.

/** An action's result, or the "unavailable" form error when the cart store cannot answer. */
export async function unlessCartUnavailable<R>(
  change: () => Promise<R>,
): Promise<R | { ok: false; formError: string }> {
  try {
    return await change();
  } catch (error) {
    // Anything else (a redirect, a database outage) goes on up as before.
    if (error instanceof CartUnavailableError) return fail(CART_UNAVAILABLE);
    throw error;
  }
}
