import type { EventPayload } from "@/lib/events";

// A realistic order as the checkout will emit it: two lines, a discount, shipping, tax.
export const placedOrder: EventPayload<"shop/order.placed"> = {
  orderId: 1042,
  orderNumber: "NW-1042",
  email: "ada@example.com",
  customerName: "Ada Lovelace",
  currency: "USD",
  items: [
    {
      name: "Trailblazer Rain Jacket",
      variant: "Size M / Forest",
      sku: "TRJ-M-FOR",
      quantity: 2,
      unitPrice: 12900,
      lineTotal: 25800,
    },
    { name: "Merino Hiking Socks", variant: "Size L", sku: "MHS-L", quantity: 1, unitPrice: 1850, lineTotal: 1850 },
  ],
  totals: { subtotal: 27650, discount: 2765, shipping: 0, tax: 1991, total: 26876 },
  shippingAddress: {
    fullName: "Ada Lovelace",
    line1: "12 St James's Square",
    line2: "Flat 3",
    city: "London",
    postalCode: "SW1Y 4JH",
    country: "GB",
  },
  shippingMethod: "Standard (3–5 days)",
  paymentMethod: "Bank transfer",
  placedAt: "2026-11-21T10:15:00.000Z",
  orderUrl: "http://localhost:3000/orders/NW-1042",
};

export const paidOrder: EventPayload<"shop/order.paid"> = {
  ...placedOrder,
  payment: { method: "Visa ending 4242", amount: 26876, paidAt: "2026-11-21T10:16:00.000Z", reference: "pi_3PzX" },
};

export const shippedOrder: EventPayload<"shop/order.shipped"> = {
  orderId: 1042,
  orderNumber: "NW-1042",
  email: "ada@example.com",
  customerName: "Ada Lovelace",
  carrier: "UPS",
  trackingNumber: "1Z999AA10123456784",
  trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784",
  shippedAt: "2026-11-22T08:00:00.000Z",
  shippingAddress: placedOrder.shippingAddress,
  items: placedOrder.items,
  currency: "USD",
};
