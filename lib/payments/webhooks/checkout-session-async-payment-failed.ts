import { lockSessionOrder } from "./session-order";
import { endUnpaidOrder } from "./settle";
import { defineWebhookHandler } from "./types";

// A delayed payment was refused after the session completed: the order is cancelled and
// its stock goes back (unless it was paid after all, which no later failure undoes).
export const checkoutSessionAsyncPaymentFailed = defineWebhookHandler<"checkout.session.async_payment_failed">({
  type: "checkout.session.async_payment_failed",
  async apply(tx, event) {
    const found = await lockSessionOrder(tx, event.data.object);
    if (!found) return { outcome: "ignored: not one of our sessions" };
    return endUnpaidOrder(tx, found, {
      paymentStatus: "failed",
      reason: "The payment did not go through.",
      actor: { kind: "stripe", id: event.id },
    });
  },
});
