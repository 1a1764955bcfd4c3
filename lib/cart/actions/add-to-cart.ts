"use server";

import { refresh } from "next/cache";
import { action } from "@/lib/actions";
import { addToCartLine } from "../mutations";
import { getCartForWrite } from "../request-cart";
import { addToCartSchema } from "../schemas";

// A public POST endpoint (DESIGN.md: server actions are). The caller is whoever holds the
// cart cookie, or the signed-in account; the form names only a variant and a quantity,
// never a cart, a price or a user. Cart reads are per request and never cached, so there
// is no cache tag to invalidate: refresh() re-renders the page and the header count.

export const addToCart = action(addToCartSchema, async (input) => {
  const cart = await getCartForWrite();
  const result = await addToCartLine(cart.cartId, input);
  if (result.ok) {
    await cart.keep();
    refresh();
  }
  return result;
});
