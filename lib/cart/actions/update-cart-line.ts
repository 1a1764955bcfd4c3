"use server";

import { refresh } from "next/cache";
import { action } from "@/lib/actions";
import { updateCartLine } from "../mutations";
import { getCartIdForRequest, touchCartCookie } from "../request-cart";
import { updateCartLineSchema } from "../schemas";

// Changes a line of the caller's own cart (cookie or account); 0 removes it. A variant id
// that is not in that cart changes nothing. See add-to-cart.ts for why refresh(), not tags.

export const updateCartLineQuantity = action(updateCartLineSchema, async (input) => {
  const result = await updateCartLine(await getCartIdForRequest(), input);
  if (result.ok) {
    await touchCartCookie();
    refresh();
  }
  return result;
});
