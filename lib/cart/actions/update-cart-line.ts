"use server";

import { refresh } from "next/cache";
import { action } from "@/lib/actions";
import { countCartItems } from "../get-cart";
import { updateCartLine } from "../mutations";
import { getCartIdForRequest, touchCartCookie } from "../request-cart";
import { updateCartLineSchema } from "../schemas";
import { unlessCartUnavailable } from "../unless-unavailable";

// Changes a line of the caller's own cart (cookie or account); 0 removes it. A variant id
// that is not in that cart changes nothing. The cart page is rendered per request: refresh()
// re-renders it with the new totals.

export const updateCartLineQuantity = action(updateCartLineSchema, (input) =>
  unlessCartUnavailable(async () => {
    const cartId = await getCartIdForRequest();
    const result = await updateCartLine(cartId, input);
    if (!result.ok) return result;
    await touchCartCookie();
    refresh();
    return { ...result, data: { ...result.data, cartCount: await countCartItems(cartId) } };
  }),
);
