import { issueResetLink } from "@/lib/auth";
import { sendEmail } from "@/lib/email";
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

export const sendOrderConfirmation = defineHandler({
  id: "send-order-confirmation",
  event: "shop/order.placed",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-confirmation", to: data.email, eventId: id, orderId: data.orderId, props: { order: data } },
    ),
});

export const sendPaymentReceipt = defineHandler({
  id: "send-payment-receipt",
  event: "shop/order.paid",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      {
        template: "payment-receipt",
        to: data.email,
        eventId: id,
        orderId: data.orderId,
        props: { order: data, payment: data.payment },
      },
    ),
});

export const sendPackingNotice = defineHandler({
  id: "send-packing-notice",
  event: "shop/order.packed",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-packed", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});

export const sendShippingNotification = defineHandler({
  id: "send-shipping-notification",
  event: "shop/order.shipped",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-shipped", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});

export const sendDeliveryNotification = defineHandler({
  id: "send-delivery-notification",
  event: "shop/order.delivered",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-delivered", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});

export const sendCancellationNotice = defineHandler({
  id: "send-cancellation-notice",
  event: "shop/order.cancelled",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-cancelled", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});

export const sendPaymentReminder = defineHandler({
  id: "send-payment-reminder",
  event: "shop/order.payment-reminder",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "payment-reminder", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});

export const sendRefundNotice = defineHandler({
  id: "send-refund-notice",
  event: "shop/order.refunded",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      { template: "order-refunded", to: data.email, eventId: id, orderId: data.orderId, props: data },
    ),
});
