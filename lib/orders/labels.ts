import type { Order, OrderEventType, OrderStatus, PaymentMethod, PaymentStatus } from "@/db/schema";

// How order states read to shoppers.

export const orderStatusLabels: Record<OrderStatus, string> = {
  awaiting_payment: "Awaiting payment",
  placed: "Placed",
  paid: "Paid",
  packed: "Packed",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

export const orderEventLabels: Partial<Record<OrderEventType, string>> = {
  placed: "Order placed",
  payment_processing: "Payment processing",
  paid: "Payment received",
  payment_failed: "Payment failed",
  packed: "Packed",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

// Staff pages and refusals use the same states as lower-case words inside a sentence or a
// table cell ("Order N-1001: awaiting payment.", "bank transfer · pending").

export function orderStatusText(status: OrderStatus): string {
  return orderStatusLabels[status].toLowerCase();
}

export function orderEventText(type: OrderEventType): string {
  return type.replaceAll("_", " ");
}

export function paymentMethodText(method: PaymentMethod): string {
  return method.replaceAll("_", " ");
}

export function paymentStatusText(status: PaymentStatus | null | undefined): string {
  return status ?? "—";
}

/** "What happens next", by where the order is. */
export function nextStepText(order: Pick<Order, "status" | "paymentMethod" | "paidAt">): string {
  switch (order.status) {
    case "awaiting_payment":
      return order.paymentMethod === "bank_transfer"
        ? "Transfer the total to the account below, quoting the reference. We start packing as soon as the money arrives (usually 1–2 business days) and email you a receipt."
        : "Complete your payment to confirm the order. We email you a receipt as soon as Stripe confirms it.";
    case "placed":
      return "We are getting your order ready. You pay the courier in cash on delivery. We email you the tracking details when it ships.";
    case "paid":
      return "Payment received. We are packing your order and will email you the tracking details when it ships.";
    case "packed":
      return "Your order is packed and waiting for the courier. We email you the tracking details when it ships.";
    case "shipped":
      return "Your order is on its way. Follow it with the tracking link below.";
    case "delivered":
      return "Your order was delivered. We hope you enjoy it.";
    case "cancelled":
      return order.paidAt
        ? "This order was cancelled. Any payment is refunded to the original method."
        : "This order was cancelled. You have not been charged.";
    case "refunded":
      return "This order was refunded to the original payment method. Refunds usually appear within 5–10 business days.";
  }
}
