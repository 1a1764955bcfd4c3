import { getSmsSender, textAboutOrder } from "@/lib/sms";
import { defineHandler } from "../types";

// One handler per text, beside the email about the same event: each texts the order's number
// once per event (keyed by template and event id, lib/sms/send-sms.ts), only when the shopper
// opted in at checkout and the number has not replied STOP. A failure is retried like an email.

export const textOrderShipped = defineHandler({
  id: "text-order-shipped",
  event: "shop/order.shipped",
  run: ({ id, data }, { db }) =>
    textAboutOrder({ db, sender: getSmsSender() }, { template: "order-shipped", eventId: id, data }),
});

export const textOrderDelivered = defineHandler({
  id: "text-order-delivered",
  event: "shop/order.delivered",
  run: ({ id, data }, { db }) =>
    textAboutOrder({ db, sender: getSmsSender() }, { template: "order-delivered", eventId: id, data }),
});

export const textTrackingUpdate = defineHandler({
  id: "text-tracking-update",
  event: "shop/order.tracking-updated",
  run: ({ id, data }, { db }) =>
    textAboutOrder({ db, sender: getSmsSender() }, { template: "order-tracking", eventId: id, data }),
});
