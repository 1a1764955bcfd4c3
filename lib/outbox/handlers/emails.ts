import { issueResetLink } from "@/lib/auth";
import { sendEmail, type TemplateName, type TemplateProps } from "@/lib/email";
import type { EventName, EventPayload } from "@/lib/events";
import { defineHandler } from "../types";

// One handler per email: each sends exactly one email for one event, keyed by
// (template, event id), so a retry or a duplicate delivery never sends it twice.

export const sendWelcomeEmail = defineHandler({
  id: "send-welcome-email",
  event: "shop/user.registered",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "welcome", to: data.email, eventId: id, userId: data.userId, props: { name: data.name } },
    ),
});

export const sendVerificationEmail = defineHandler({
  id: "send-verification-email",
  event: "shop/email.verification-requested",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      {
        template: "verify-email",
        to: data.email,
        eventId: id,
        userId: data.userId,
        props: { name: data.name, verifyUrl: data.verifyUrl, expiresAt: data.expiresAt },
      },
    ),
});

// A reset request carries only the address typed (lib/auth/password-reset.ts): the link is
// made here, once per request, and nothing is sent for an address without an account.
export const sendPasswordResetEmail = defineHandler({
  id: "send-password-reset-email",
  event: "auth/password-reset.requested",
  run: async ({ id, data }, { db, email }) => {
    const link = await issueResetLink(db, { id, email: data.email, requestedAt: data.requestedAt });
    if (!link) return;
    return sendEmail(
      { db, sender: email },
      {
        template: "password-reset",
        to: data.email,
        eventId: id,
        userId: link.userId,
        props: { ...(link.name ? { name: link.name } : {}), resetUrl: link.resetUrl, expiresAt: link.expiresAt },
      },
    );
  },
});

/** The events about an order: their payload names its address and the order the email is filed under. */
type OrderEvent = {
  [N in EventName]: EventPayload<N> extends { email: string; orderId: number } ? N : never;
}[EventName];

/** A handler that sends one email about an order, to the order's address, keyed by the event. */
function orderEmail<const Id extends string, N extends OrderEvent, T extends TemplateName>(
  id: Id,
  event: N,
  template: T,
  props: (data: EventPayload<N>) => TemplateProps<T>,
) {
  return defineHandler({
    id,
    event,
    run: ({ id: eventId, data }, { db, email }) => {
      const { email: to, orderId } = data as EventPayload<N> & { email: string; orderId: number };
      return sendEmail({ db, sender: email }, { template, to, eventId, orderId, props: props(data) });
    },
  });
}

export const sendOrderConfirmation = orderEmail(
  "send-order-confirmation",
  "shop/order.placed",
  "order-confirmation",
  (order) => ({ order }),
);
export const sendPaymentReceipt = orderEmail("send-payment-receipt", "shop/order.paid", "payment-receipt", (order) => ({
  order,
  payment: order.payment,
}));
export const sendPackingNotice = orderEmail("send-packing-notice", "shop/order.packed", "order-packed", (d) => d);
export const sendShippingNotification = orderEmail(
  "send-shipping-notification",
  "shop/order.shipped",
  "order-shipped",
  (d) => d,
);
export const sendDeliveryNotification = orderEmail(
  "send-delivery-notification",
  "shop/order.delivered",
  "order-delivered",
  (d) => d,
);
export const sendTrackingUpdate = orderEmail(
  "send-tracking-update",
  "shop/order.tracking-updated",
  "order-tracking",
  (d) => d,
);
export const sendCancellationNotice = orderEmail(
  "send-cancellation-notice",
  "shop/order.cancelled",
  "order-cancelled",
  (d) => d,
);
export const sendPaymentReminder = orderEmail(
  "send-payment-reminder",
  "shop/order.payment-reminder",
  "payment-reminder",
  (d) => d,
);
export const sendRefundNotice = orderEmail("send-refund-notice", "shop/order.refunded", "order-refunded", (d) => d);
