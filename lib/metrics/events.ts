import { metrics } from "./registry";

/**
 * Counts an outbox event once it is delivered. Orders placed and paid are counted here, not
 * where they happen: their events are written in the transaction that makes the change, so
 * an event delivered is a change committed, counted once whatever retried on the way.
 */
export function countDelivered(name: string, payload: Record<string, unknown>): void {
  const m = metrics();
  m.eventsDelivered.inc({ event: name });
  const method = typeof payload.paymentMethod === "string" ? payload.paymentMethod : "unknown";
  if (name === "shop/order.placed") m.ordersPlaced.inc({ payment_method: method });
  else if (name === "shop/order.paid") m.ordersPaid.inc({ payment_method: method });
}
