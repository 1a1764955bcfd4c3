import type { Order, OrderEventType, OrderLine, OrderStatus, PaymentMethod, PaymentStatus } from "@/db/schema";
import { formatMoney } from "@/lib/money";

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
  in_transit: "In transit",
  out_for_delivery: "Out for delivery",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
  stock_released: "Returned to stock",
  stock_retaken: "Stock taken again",
  needs_attention: "Needs attention",
  placed_from: "Checkout details",
  payment_reminder_sent: "Payment reminder sent",
  note: "Staff note",
  risk_assessed: "Risk check",
  risk_approved: "Approved after the risk review",
};

/** A line as people name it: "Trail Jacket (M)", or just the product when it has one variant. */
export function lineLabel(line: Pick<OrderLine, "productName" | "variantTitle">): string {
  const variant = line.variantTitle.trim();
  return variant && variant !== "Default" ? `${line.productName} (${variant})` : line.productName;
}

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

function itemsText(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const items = value.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { name, quantity } = item as { name?: unknown; quantity?: unknown };
    if (typeof quantity !== "number") return [];
    return [`${Math.abs(quantity)} × ${str(name) ?? "an item"}`];
  });
  return items.length > 0 ? items.join(", ") : null;
}

/**
 * An order event in plain words, for the shopper's and the staff's timelines alike (staff-only
 * events only ever reach staff): "Refunded $69.00 for 1 × Trail Jacket (M), returned to
 * stock". Null when the event's title says it all. Never raw data.
 */
export function orderEventDetail(type: OrderEventType, data: Record<string, unknown>, currency: string): string | null {
  const reason = str(data.reason);
  const withReason = (text: string) => (reason ? `${text}. Reason: ${reason}` : text);
  switch (type) {
    case "refunded": {
      if (typeof data.amount !== "number") return reason;
      const items = itemsText(data.lines);
      let text = `Refunded ${formatMoney({ amount: data.amount, currency })}`;
      if (items) text += ` for ${items}${data.restocked ? ", returned to stock" : ", not returned to stock"}`;
      else if (!data.full) text += " (part of the order)";
      return withReason(text);
    }
    case "cancelled":
      return reason;
    case "paid":
      return str(data.reference) ? `Reference ${str(data.reference)}` : null;
    case "stock_released":
    case "stock_retaken": {
      const items = itemsText(data.lines);
      return items ?? null;
    }
    case "note":
      return str(data.text);
    case "risk_assessed": {
      const reasons = Array.isArray(data.reasons) ? data.reasons.filter((r) => typeof r === "string") : [];
      const level = str(data.level) ?? "normal";
      return `${level[0]!.toUpperCase()}${level.slice(1)} risk${reasons.length ? `: ${reasons.join(" ")}` : "."}`;
    }
    case "in_transit":
    case "out_for_delivery": {
      const message = str(data.message);
      const location = str(data.location);
      return message && location ? `${message}, ${location}` : (message ?? location);
    }
    case "needs_attention":
      return str(data.message) ?? str(data.reason);
    default:
      return reason;
  }
}

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
