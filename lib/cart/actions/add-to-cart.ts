"use server";

import { action } from "@/lib/actions";
import { addedToCartSummary } from "../added-summary";
import { addToCartLine } from "../mutations";
import { getCartForWrite } from "../request-cart";
import { addToCartSchema } from "../schemas";
import { unlessCartUnavailable } from "../unless-unavailable";

// A public POST endpoint (docs/architecture.md, invariants: server actions are). The caller is whoever holds the
// cart cookie, or the signed-in account; the form names only a variant and a quantity,
// never a cart, a price or a user. Carts are never part of a cached page, so there is no
// cache tag to invalidate and nothing to re-render: the product page stays the cached one,
// and the header takes the new count from the result (components/cart/use-cart-action.ts).

export const addToCart = action(addToCartSchema, (input) =>
  unlessCartUnavailable(async () => {
    const cart = await getCartForWrite();
    const result = await addToCartLine(cart.cartId, input);
    if (!result.ok) return result;
    await cart.keep();
    // For the panel that opens after the add: the line and the new subtotal.
    return { ...result, data: { ...result.data, added: await addedToCartSummary(cart.cartId, result.data.variantId) } };
  }),
);
