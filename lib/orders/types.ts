import {
  type Order,
  type OrderAddress,
  type OrderEventType,
  type OrderStatus,
  orderStatus,
  paymentStatus,
} from "@/db/schema";

// The order shapes components show. They are the schema's own types (an order's status and
// history words, its address snapshot), named here so that components depend on lib, not on db.

export type { Order, OrderAddress, OrderEventType, OrderStatus };

/** The figures of a placed order that its confirmation, detail and receipt pages show. */
export type OrderAmounts = Pick<
  Order,
  | "currency"
  | "subtotalAmount"
  | "discountAmount"
  | "discountCode"
  | "shippingAmount"
  | "shippingMethodLabel"
  | "taxAmount"
  | "taxBasisPoints"
  | "pricesIncludeTax"
  | "taxLines"
  | "totalAmount"
  | "refundedAmount"
>;

/** Every order status and payment status, in the schema's order (for filters and exports). */
export const ORDER_STATUSES = orderStatus.enumValues;
export const PAYMENT_STATUSES = paymentStatus.enumValues;
