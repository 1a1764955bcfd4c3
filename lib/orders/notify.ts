import type { Tx } from "@/db";
import type { Order } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { paymentMethodLabels } from "./payment-methods";
import { bankTransferDetails } from "./payment-settings";
import type { OrderAction } from "./state-machine";
import { addressForEvent, loadOrderLines, orderRef, orderSnapshot } from "./snapshot";
import type { StockMovement } from "./stock";
import { productsCrossingZero } from "./stock";

// The outbox events a status change writes, in its transaction (docs/architecture.md, transactional
// outbox). Each has an email handler (lib/outbox/registry.ts): an email at each step.

export async function enqueuePaidEvent(
  tx: Tx,
  order: Order,
  payment: { reference?: string | null; paidAt: Date },
): Promise<void> {
  const lines = await loadOrderLines(tx, order.id);
  await enqueueEvent(tx, "shop/order.paid", {
    ...orderSnapshot(order, lines, await bankTransferDetails(tx)),
    payment: {
      method: paymentMethodLabels[order.paymentMethod],
      amount: order.totalAmount,
      paidAt: payment.paidAt.toISOString(),
      ...(payment.reference ? { reference: payment.reference } : {}),
    },
  });
}

export async function enqueueTransitionEvent(
  tx: Tx,
  action: OrderAction,
  order: Order,
  detail: { at: Date; refundAmount: number; reason?: string; paymentReference?: string | null },
): Promise<void> {
  const ref = orderRef(order);
  const at = detail.at.toISOString();
  const reason = detail.reason?.trim() ? { reason: detail.reason.trim() } : {};
  switch (action) {
    case "mark_paid":
      return enqueuePaidEvent(tx, order, { reference: detail.paymentReference, paidAt: detail.at });
    case "pack":
      return void (await enqueueEvent(tx, "shop/order.packed", { ...ref, packedAt: at }));
    case "ship":
      return void (await enqueueEvent(tx, "shop/order.shipped", {
        ...ref,
        carrier: order.carrier!,
        trackingNumber: order.trackingNumber!,
        ...(order.trackingUrl ? { trackingUrl: order.trackingUrl } : {}),
        shippedAt: at,
        shippingAddress: addressForEvent(order.shippingAddress),
      }));
    case "deliver":
      return void (await enqueueEvent(tx, "shop/order.delivered", { ...ref, deliveredAt: at }));
    case "cancel":
      return void (await enqueueEvent(tx, "shop/order.cancelled", {
        ...ref,
        cancelledAt: at,
        currency: order.currency,
        ...reason,
        ...(detail.refundAmount > 0 ? { refundAmount: detail.refundAmount } : {}),
      }));
    case "refund":
      return void (await enqueueEvent(tx, "shop/order.refunded", {
        ...ref,
        refundedAt: at,
        currency: order.currency,
        amount: detail.refundAmount,
        orderTotal: order.totalAmount,
        ...reason,
      }));
  }
}

/** Stock that crossed zero changes a product's "in stock" in search: reindex it. */
export async function enqueueStockChanges(tx: Tx, moves: readonly StockMovement[]): Promise<void> {
  for (const productId of productsCrossingZero(moves)) {
    await enqueueEvent(tx, "catalog/product.changed", { productId, change: "updated" });
  }
}
