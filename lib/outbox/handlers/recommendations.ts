import { recordPaidOrder } from "@/lib/recommendations";
import { defineHandler } from "../types";

// "Frequently bought together" learns from paid orders (lib/recommendations/co-purchases.ts).
// Idempotent: an order already counted is skipped, so a retry or a second delivery adds nothing.
export const countOrderCoPurchases = defineHandler({
  id: "count-co-purchases",
  event: "shop/order.paid",
  run: ({ data }, { db }) => recordPaidOrder(db, data.orderId),
});
