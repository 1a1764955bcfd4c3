import { invalidateStockCaches } from "@/lib/orders";
import { closePaymentWindow } from "@/lib/payments";
import { getStripe } from "@/lib/stripe";
import { defineHandler } from "../types";

// Order upkeep that runs in the background. Idempotent: a second run finds the order
// already settled and does nothing. Stock it puts back shows on the product pages at once,
// though no request is running here (lib/cache expires tags outside requests too).

export const releaseUnpaidOrder = defineHandler({
  id: "release-unpaid-order",
  event: "shop/order.payment-window-closed",
  run: async ({ data }, { db }) => {
    const effect = await closePaymentWindow(db, data.orderId, getStripe());
    if (effect.stock?.length) await invalidateStockCaches(effect.stock);
    return effect.outcome;
  },
});
