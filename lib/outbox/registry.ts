import type { EventName } from "@/lib/events";
import {
  sendCancellationNotice,
  sendDeliveryNotification,
  sendOrderConfirmation,
  sendPasswordResetEmail,
  sendPackingNotice,
  sendPaymentReceipt,
  sendPaymentReminder,
  sendRefundNotice,
  sendShippingNotification,
  sendTrackingUpdate,
  sendVerificationEmail,
  sendWelcomeEmail,
} from "./handlers/emails";
import { followTrackingNumber } from "./handlers/carriers";
import { releaseUnpaidOrder } from "./handlers/orders";
import { countOrderCoPurchases } from "./handlers/recommendations";
import { scheduleReviewRequestHandler, sendReviewRequestEmail } from "./handlers/reviews";
import { reindexChangedProduct } from "./handlers/search";
import { textOrderDelivered, textOrderShipped, textTrackingUpdate } from "./handlers/sms";
import { checkWishlistStock, sendBackInStockEmail } from "./handlers/wishlist";
import type { EventHandler } from "./types";

// THE map from events to their handlers (docs/architecture.md, events and the outbox). The in-process
// dispatcher runs these lists, and inngest/functions/index.ts makes one Inngest function per
// handler from them, named by the handler's id. Every event is listed, even with no handler yet.

export const eventHandlers = {
  "shop/user.registered": [sendWelcomeEmail],
  "shop/email.verification-requested": [sendVerificationEmail],
  "auth/password-reset.requested": [sendPasswordResetEmail],
  "shop/order.placed": [sendOrderConfirmation],
  "shop/order.paid": [sendPaymentReceipt, countOrderCoPurchases],
  "shop/order.packed": [sendPackingNotice],
  "shop/order.shipped": [sendShippingNotification, textOrderShipped, followTrackingNumber],
  "shop/order.tracking-updated": [sendTrackingUpdate, textTrackingUpdate],
  "shop/order.delivered": [sendDeliveryNotification, textOrderDelivered, scheduleReviewRequestHandler],
  "shop/order.cancelled": [sendCancellationNotice],
  "shop/order.refunded": [sendRefundNotice],
  "shop/order.payment-window-closed": [releaseUnpaidOrder],
  "shop/order.payment-reminder": [sendPaymentReminder],
  "catalog/product.changed": [reindexChangedProduct, checkWishlistStock],
  "shop/wishlist.back-in-stock": [sendBackInStockEmail],
  "shop/review.request-due": [sendReviewRequestEmail],
} satisfies { [N in EventName]: EventHandler<N>[] };

export type EventRegistry = { [N in EventName]: readonly EventHandler<N>[] };

type RegisteredHandler = (typeof eventHandlers)[EventName][number];
export type HandlerId = RegisteredHandler["id"];

export const registeredHandlers: RegisteredHandler[] = Object.values(eventHandlers).flat();

export function handlerById(id: HandlerId): RegisteredHandler {
  const handler = registeredHandlers.find((h) => h.id === id);
  if (!handler) throw new Error(`No handler "${id}" in lib/outbox/registry.ts`);
  return handler;
}
