import { describe, expect, it } from "vitest";
import { functions } from "./index";

// Inngest keys a function's runs, history and pauses on its id, so the ids of the deployed
// app must not drift when handlers are renamed or the list is rebuilt: a changed id shows
// up in Inngest as one function removed and a new one added. Change this list only on purpose.
const deployedIds = [
  "send-welcome-email",
  "send-verification-email",
  "send-password-reset-email",
  "send-order-confirmation",
  "send-payment-receipt",
  "send-packing-notice",
  "send-shipping-notification",
  "send-delivery-notification",
  "text-order-shipped",
  "text-order-delivered",
  "send-tracking-update",
  "text-tracking-update",
  "follow-tracking-number",
  "send-cancellation-notice",
  "send-refund-notice",
  "release-unpaid-order",
  "send-payment-reminder",
  "reindex-product",
  "check-wishlist-stock",
  "send-back-in-stock-email",
  "schedule-review-request",
  "request-review",
  "count-co-purchases",
  "sweep-outbox",
  "run-maintenance",
];

describe("the Inngest functions app/api/inngest serves", () => {
  it("keep the ids the deployed app already has", () => {
    expect(functions.map((fn) => fn.id()).sort()).toEqual([...deployedIds].sort());
  });

  it("are triggered by the event their handler is registered for", () => {
    const triggers = Object.fromEntries(
      functions.map((fn) => [fn.id(), fn.opts.triggers?.map((t) => ("event" in t ? t.event : t.cron))]),
    );
    expect(triggers).toMatchObject({
      "send-order-confirmation": ["shop/order.placed"],
      "send-payment-reminder": ["shop/order.payment-reminder"],
      "release-unpaid-order": ["shop/order.payment-window-closed"],
      "reindex-product": ["catalog/product.changed"],
      "send-tracking-update": ["shop/order.tracking-updated"],
      "text-tracking-update": ["shop/order.tracking-updated"],
      "follow-tracking-number": ["shop/order.shipped"],
      "sweep-outbox": ["* * * * *"],
      "run-maintenance": ["17 3 * * *"],
    });
  });
});
