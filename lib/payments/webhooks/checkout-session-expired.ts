import { lockSessionOrder } from "./session-order";
import { endUnpaidOrder } from "./settle";
import { defineWebhookHandler } from "./types";

// The session ran out before the shopper paid. Arriving late (after the order was paid)
// it changes nothing: the stock of a paid order is never released by an expiry.
export const checkoutSessionExpired = defineWebhookHandler<"checkout.session.expired">({
  type: "checkout.session.expired",
  async apply(tx, event) {
    const found = await lockSessionOrder(tx, event.data.object);
    if (!found) return { outcome: "ignored: not one of our sessions" };
    return endUnpaidOrder(tx, found, {
      paymentStatus: "expired",
      reason: "The payment was not completed in time.",
      actor: { kind: "stripe", id: event.id },
    });
  },
});
