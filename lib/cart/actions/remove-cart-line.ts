"use server";

import { refresh } from "next/cache";
import { action } from "@/lib/actions";
import { removeCartLine } from "../mutations";
import { getCartIdForRequest, touchCartCookie } from "../request-cart";
import { removeCartLineSchema } from "../schemas";

// Removes a line from the caller's own cart (cookie or account). See add-to-cart.ts.

export const removeFromCart = action(removeCartLineSchema, async (input) => {
  const result = await removeCartLine(await getCartIdForRequest(), input);
  await touchCartCookie();
  refresh();
  return result;
});
