import { lockSessionOrder } from "./session-order";
import { confirmStripePayment } from "./settle";
import { defineWebhookHandler } from "./types";

// A delayed payment method (bank debit, some bank redirects) has collected the money.
export const checkoutSessionAsyncPaymentSucceeded = defineWebhookHandler<"checkout.session.async_payment_succeeded">({
  type: "checkout.session.async_payment_succeeded",
  async apply(tx, event) {
    const found = await lockSessionOrder(tx, event.data.object);
    if (!found) return { outcome: "ignored: not one of our sessions" };
    return confirmStripePayment(tx, found, event.data.object, event.id);
  },
});
