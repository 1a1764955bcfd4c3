"use server";

import { refresh } from "next/cache";
import { action } from "@/lib/actions";
import { countCartItems } from "../get-cart";
import { removeCartLine } from "../mutations";
import { getCartIdForRequest, touchCartCookie } from "../request-cart";
import { removeCartLineSchema } from "../schemas";
import { unlessCartUnavailable } from "../unless-unavailable";

// Removes a line from the caller's own cart (cookie or account). See update-cart-line.ts.

export const removeFromCart = action(removeCartLineSchema, (input) =>
  unlessCartUnavailable(async () => {
    const cartId = await getCartIdForRequest();
    const result = await removeCartLine(cartId, input);
    await touchCartCookie();
    refresh();
    return result.ok ? { ...result, data: { ...result.data, cartCount: await countCartItems(cartId) } } : result;
  }),
);
