import { z } from "zod";
import { MAX_LINE_QUANTITY } from "./limits";

// What a cart form may send: a variant id and a quantity. Nothing else is read, so a
// price, a cart id or a user id added to the form is dropped here (z.object strips it).

const chooseOption = "Choose an option.";

const variantId = z.coerce
  .number({ error: chooseOption })
  .int(chooseOption)
  .min(1, chooseOption)
  .max(2_147_483_647, chooseOption); // Postgres integer: a bigger id would be a query error

function quantity(min: 0 | 1) {
  const range = `Enter a whole number from ${min} to ${MAX_LINE_QUANTITY}.`;
  return z.coerce
    .number({ error: range })
    .int(range)
    .min(min, min === 1 ? "Enter a quantity of at least 1." : range)
    .max(MAX_LINE_QUANTITY, `You can order at most ${MAX_LINE_QUANTITY} at a time.`);
}

export const addToCartSchema = z.object({ variantId, quantity: quantity(1).default(1) });

/** A quantity of 0 removes the line. */
export const updateCartLineSchema = z.object({ variantId, quantity: quantity(0) });

export const removeCartLineSchema = z.object({ variantId });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
export type UpdateCartLineInput = z.infer<typeof updateCartLineSchema>;
export type RemoveCartLineInput = z.infer<typeof removeCartLineSchema>;
