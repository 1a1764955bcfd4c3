import type { Tx } from "@/db";
import { type Order, orderLines, orders, payments } from "@/db/schema";
import { redeemDiscount } from "@/lib/discounts";
import { enqueueEvent } from "@/lib/events";
import {
  bankTransferDetails,
  appendOrderEvent,
  enqueueStockChanges,
  loadOrderLines,
  newAccessToken,
  newOrderNumber,
  orderSnapshot,
  type StockMovement,
} from "@/lib/orders";
import { paymentWindowEndsAt } from "@/lib/payments";
import type { CheckoutDetails } from "./details";
import type { Quote } from "./quote";

/** Stripe cannot take a payment of nothing; such an order is paid by a manual method. */
export function isStripeOrderPayable(quote: Pick<Quote, "total">, stripeAvailable: boolean): boolean {
  return stripeAvailable && quote.total.amount > 0;
}

// The backstop runs a few minutes after the session's own expiry, so the webhook usually wins.
const BACKSTOP_GRACE_MS = 5 * 60_000;

/**
 * Writes the order, inside placeOrder's transaction (after the stock was taken): the
 * order and its line snapshots, its payment, its discount use, the first timeline entry,
 * and the outbox events (confirmation email; for card orders, the delayed backstop that
 * releases the stock if the payment never completes).
 */
export async function recordOrder(
  tx: Tx,
  input: {
    key: string;
    userId: string | null;
    customerKey: string;
    details: CheckoutDetails;
    quote: Quote;
    moves: StockMovement[];
    /** Where it was placed from (hashed), for the per-IP cap on open unpaid orders. */
    ipDigest?: string | null;
  },
): Promise<{ ok: true; order: Order } | { ok: false; message: string }> {
  const { details, quote } = input;
  const [order] = await tx
    .insert(orders)
    .values({
      number: newOrderNumber(),
      accessToken: newAccessToken(),
      idempotencyKey: input.key,
      userId: input.userId,
      email: details.email,
      customerName: details.address.fullName,
      status: details.paymentMethod === "cash_on_delivery" ? "placed" : "awaiting_payment",
      paymentMethod: details.paymentMethod,
      shippingMethod: quote.shipping.method,
      shippingMethodLabel: `${quote.shipping.label} (${quote.shipping.delivery})`,
      currency: quote.currency,
      subtotalAmount: quote.subtotal.amount,
      discountAmount: quote.discount.amount,
      shippingAmount: quote.shipping.price.amount,
      taxAmount: quote.tax.amount,
      totalAmount: quote.total.amount,
      taxBasisPoints: quote.taxBasisPoints,
      pricesIncludeTax: quote.pricesIncludeTax,
      taxLines: quote.taxLines,
      discountId: quote.discountRule?.id ?? null,
      discountCode: quote.discountCode,
      shippingAddress: details.address,
      carrierShipmentId: quote.shipping.carrierRate?.shipmentId ?? null,
      carrierRateId: quote.shipping.carrierRate?.rateId ?? null,
      phone: details.smsPhone ?? null,
      smsOptIn: Boolean(details.smsPhone && details.smsOptIn),
    })
    .returning();
  if (!order) throw new Error("The order was not created");

  await tx.insert(orderLines).values(
    quote.lines.map((line, position) => ({
      orderId: order.id,
      position,
      variantId: line.variantId,
      productId: line.productId,
      productName: line.productName,
      variantTitle: line.variantTitle,
      sku: line.sku,
      currency: quote.currency,
      unitPrice: line.unitPrice.amount,
      quantity: line.quantity,
      lineSubtotal: line.lineSubtotal.amount,
      lineDiscount: line.lineDiscount.amount,
      lineTax: line.lineTax.amount,
    })),
  );
  await tx.insert(payments).values({
    orderId: order.id,
    method: details.paymentMethod,
    amount: quote.total.amount,
    currency: quote.currency,
    reference: details.paymentMethod === "bank_transfer" ? order.number : null,
  });

  if (quote.discountRule) {
    const redeemed = await redeemDiscount(tx, {
      discountId: quote.discountRule.id,
      orderId: order.id,
      customerKey: input.customerKey,
      subtotal: quote.subtotal,
    });
    if (!redeemed.ok) return { ok: false, message: redeemed.message };
  }

  await appendOrderEvent(tx, { orderId: order.id, type: "placed", actor: { kind: "customer", id: input.userId } });
  // A separate, staff-only entry: shoppers' timelines (which carry each entry's data) never see it.
  if (input.ipDigest)
    await appendOrderEvent(tx, {
      orderId: order.id,
      type: "placed_from",
      actor: { kind: "customer", id: input.userId },
      data: { ip: input.ipDigest },
    });
  await enqueueEvent(
    tx,
    "shop/order.placed",
    orderSnapshot(order, await loadOrderLines(tx, order.id), await bankTransferDetails(tx)),
  );
  if (details.paymentMethod === "stripe") {
    const notBefore = new Date(paymentWindowEndsAt(order).getTime() + BACKSTOP_GRACE_MS);
    await enqueueEvent(
      tx,
      "shop/order.payment-window-closed",
      { orderId: order.id, orderNumber: order.number },
      { notBefore },
    );
  }
  await enqueueStockChanges(tx, input.moves);
  return { ok: true, order };
}
