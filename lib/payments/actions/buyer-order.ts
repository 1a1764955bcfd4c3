"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { action, fail, refused } from "@/lib/actions";
import { getCartForWrite, restoreLinesToCart } from "@/lib/cart";
import { getOrderForViewer, invalidateStockCaches } from "@/lib/orders";
import { cancelAwaitingCardPayment } from "../cancel-unpaid";
import { startStripeCheckout } from "../checkout-session";

// The buyer's actions on one order (its page, app/(shop)/orders/[number]): pay by card, or
// cancel an order still waiting for its card payment. The form names the order and carries the access
// token from the page's URL; both are checked again here (getOrderForViewer), exactly as
// when the page was shown: the owner's session or the token, nothing else.

const orderRef = z.object({ number: z.string().max(32), token: z.string().max(64).optional() });
const NOT_FOUND = "We could not find this order.";

export const payForOrder = action(orderRef, async ({ number, token }) => {
  const view = await getOrderForViewer(number, token);
  if (!view) return fail(NOT_FOUND);
  const started = await startStripeCheckout(db, view.order.id);
  if (!started.ok) {
    refresh();
    return refused(started);
  }
  redirect(started.url);
});

export const cancelUnpaidOrder = action(orderRef, async ({ number, token }) => {
  const view = await getOrderForViewer(number, token);
  if (!view) return fail(NOT_FOUND);
  const result = await cancelAwaitingCardPayment(db, view.order.id);
  if (!result.ok) return refused(result);
  await invalidateStockCaches(result.stock);
  // What they chose goes back in the cart (checkout emptied it), as far as stock allows.
  const { cartId, keep } = await getCartForWrite();
  const restored = await restoreLinesToCart(cartId, view.lines);
  if (restored > 0) await keep();
  refresh();
  const cart = restored > 0 ? " Its items are back in your cart." : "";
  return { ok: true, data: undefined, message: `Your order is cancelled. You have not been charged.${cart}` };
});
