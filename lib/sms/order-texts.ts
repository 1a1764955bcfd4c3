import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import type { EventPayload } from "@/lib/events";
import { loadSettings } from "@/lib/settings";
import type { SmsSender } from "./sender";
import { type SendSmsResult, type SmsTemplate, sendSms } from "./send-sms";

// The texts about an order. The number and the opt-in are read from the order at send time
// (not carried in the event), so an event written before the shopper gave a number, or for an
// order placed without one, simply texts no one.

type Bodies = {
  "order-shipped": EventPayload<"shop/order.shipped">;
  "order-tracking": EventPayload<"shop/order.tracking-updated">;
  "order-delivered": EventPayload<"shop/order.delivered">;
};

const STOP = "Reply STOP to stop these texts.";

const bodies: { [T in SmsTemplate]: (store: string, data: Bodies[T]) => string } = {
  "order-shipped": (store, d) =>
    [
      `${store}: your order ${d.orderNumber} has shipped with ${d.carrier}, tracking ${d.trackingNumber}.`,
      d.trackingUrl ? `Track it: ${d.trackingUrl}` : null,
      STOP,
    ]
      .filter(Boolean)
      .join(" "),
  "order-tracking": (store, d) =>
    d.status === "out_for_delivery"
      ? `${store}: your order ${d.orderNumber} is out for delivery today. ${STOP}`
      : `${store}: your order ${d.orderNumber} is in transit (${d.location ? `${d.message}, ${d.location}` : d.message}). ${STOP}`,
  "order-delivered": (store, d) => `${store}: your order ${d.orderNumber} was delivered. Enjoy! ${STOP}`,
};

export function orderTextBody<T extends SmsTemplate>(template: T, store: string, data: Bodies[T]): string {
  return bodies[template](store, data);
}

/** Texts the order's number about this event if the shopper opted in; "not-requested" otherwise. */
export async function textAboutOrder<T extends SmsTemplate>(
  deps: { db: Db; sender: SmsSender },
  input: { template: T; eventId: string; data: Bodies[T] },
): Promise<SendSmsResult | { outcome: "not-requested" }> {
  const { db } = deps;
  const [order] = await db
    .select({ phone: orders.phone, smsOptIn: orders.smsOptIn })
    .from(orders)
    .where(eq(orders.id, input.data.orderId));
  if (!order?.phone || !order.smsOptIn) return { outcome: "not-requested" };
  const store = await loadSettings(db, "store");
  return sendSms(deps, {
    template: input.template,
    to: order.phone,
    body: orderTextBody(input.template, store.name, input.data),
    eventId: input.eventId,
    orderId: input.data.orderId,
  });
}
