import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { type Order, type OrderAddress, type OrderLine, orderLines, orders } from "@/db/schema";
import type { EventPayload } from "@/lib/events";
import { paymentMethodLabels } from "./payment-methods";
import type { BankTransferDetails } from "./payment-settings";
import { orderUrl } from "./urls";

// Event payloads built from the order as stored: emails show the order's snapshot, never
// today's catalog.

/** Reads an order; with `lock`, holds its row until the transaction ends (status changes). */
export async function loadOrder(db: DbOrTx, orderId: number, options: { lock?: boolean } = {}): Promise<Order | null> {
  const query = db.select().from(orders).where(eq(orders.id, orderId));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function loadOrderLines(db: DbOrTx, orderId: number): Promise<OrderLine[]> {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));
}

const optional = (value: string) => (value.trim() === "" ? undefined : value);

/** The fields every order email shares. */
export function orderRef(order: Order) {
  return {
    orderId: order.id,
    orderNumber: order.number,
    email: order.email,
    customerName: optional(order.customerName),
    orderUrl: orderUrl(order.number, order.accessToken),
  };
}

/** How to pay a bank-transfer order; `bank` is the payee from the payment settings (bankTransferDetails). */
export function bankTransferInstructions(
  order: Pick<Order, "number" | "totalAmount" | "refundedAmount">,
  bank: BankTransferDetails,
) {
  return {
    accountName: bank.accountName,
    iban: bank.iban,
    bic: optional(bank.bic),
    bankName: optional(bank.bankName),
    // The order number is the reference: short, unique, and what staff search for.
    reference: order.number,
    amount: order.totalAmount,
  };
}

export function orderSnapshot(
  order: Order,
  lines: readonly OrderLine[],
  bank: BankTransferDetails,
): EventPayload<"shop/order.placed"> {
  return {
    ...orderRef(order),
    currency: order.currency,
    items: lines.map((line) => ({
      name: line.productName,
      variant: optional(line.variantTitle.toLowerCase() === "default" ? "" : line.variantTitle),
      sku: optional(line.sku),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineSubtotal,
    })),
    totals: {
      subtotal: order.subtotalAmount,
      discount: order.discountAmount,
      shipping: order.shippingAmount,
      tax: order.taxAmount,
      total: order.totalAmount,
      pricesIncludeTax: order.pricesIncludeTax,
      taxLines: order.taxLines,
    },
    shippingAddress: addressForEvent(order.shippingAddress),
    shippingMethod: order.shippingMethodLabel,
    paymentMethod: paymentMethodLabels[order.paymentMethod],
    placedAt: order.createdAt.toISOString(),
    ...(order.paymentMethod === "bank_transfer" ? { bankTransfer: bankTransferInstructions(order, bank) } : {}),
    ...(order.paymentMethod === "stripe" && !order.paidAt ? { paymentPending: true } : {}),
  };
}

export function addressForEvent(address: OrderAddress): EventPayload<"shop/order.shipped">["shippingAddress"] {
  return {
    fullName: address.fullName,
    company: optional(address.company),
    line1: address.line1,
    line2: optional(address.line2),
    city: address.city,
    region: optional(address.region),
    postalCode: optional(address.postalCode),
    country: address.country,
    phone: optional(address.phone),
  };
}
