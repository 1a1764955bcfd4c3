"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions";
import { unlessCartUnavailable } from "@/lib/cart";
import { chooseDelivery, saveCheckoutDetails, submitCheckoutOrder } from "@/lib/checkout";
import { invalidateStockCaches } from "@/lib/orders";

// Public POST endpoints (docs/architecture.md). The caller, the cart and every price come from the
// server: the details form names only the shopper's own input, the review form only its
// attempt key and the fingerprint of what was shown (lib/checkout/fingerprint.ts). Any
// other field (a price, a total, a user id) is dropped by the schemas.

export const submitCheckoutDetails = action(z.record(z.string(), z.unknown()), async (raw) => {
  const result = await unlessCartUnavailable(() => saveCheckoutDetails(raw));
  if (!result.ok) return result;
  redirect(result.redirectTo);
});

const placeOrderSchema = z.object({
  attempt: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Please reload the page and try again."),
  fingerprint: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Please reload the page and try again."),
});

export const placeCheckoutOrder = action(placeOrderSchema, async (input) => {
  // The cart store not answering is a message on the form, not an error page.
  const result = await unlessCartUnavailable(() => submitCheckoutOrder(input));
  if (!result.ok) {
    // The review re-renders with today's stock and prices next to the message.
    refresh();
    return result;
  }
  if (result.moves?.length) await invalidateStockCaches(result.moves);
  redirect(result.redirectTo);
});

// A sealed live rate (lib/carriers/rate-seal.ts) or "store": the server reads the price from its own seal.
const deliverySchema = z.object({ choice: z.string().min(1, "Choose a delivery option.").max(2000) });

export const chooseCheckoutDelivery = action(deliverySchema, async ({ choice }) => {
  const result = await chooseDelivery(choice);
  if (!result.ok) return result;
  redirect(result.redirectTo);
});
