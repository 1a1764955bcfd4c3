import { closePaymentWindow } from "@/lib/payments/payment-window";
import { getStripe } from "@/lib/payments/stripe-client";
import { defineHandler } from "../types";

// Order upkeep that runs in the background. Idempotent: a second run finds the order
// already settled and does nothing.

export const releaseUnpaidOrder = defineHandler({
  id: "release-unpaid-order",
  event: "shop/order.payment-window-closed",
  run: ({ data }, { db }) => closePaymentWindow(db, data.orderId, getStripe()),
});
