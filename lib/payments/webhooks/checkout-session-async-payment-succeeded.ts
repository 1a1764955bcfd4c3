import type { CardOutcome } from "@/lib/risk";
import { readCardOutcome, withCardOutcome } from "./card-outcome";
import { lockSessionOrder } from "./session-order";
import { confirmStripePayment } from "./settle";
import { defineWebhookHandler } from "./types";

// A delayed payment method (bank debit, some bank redirects) has collected the money.
export const checkoutSessionAsyncPaymentSucceeded = defineWebhookHandler<
  "checkout.session.async_payment_succeeded",
  CardOutcome | null
>({
  type: "checkout.session.async_payment_succeeded",
  prepare: (event, deps) => readCardOutcome(event.data.object, deps),
  async apply(tx, event, card) {
    const found = await lockSessionOrder(tx, event.data.object);
    if (!found) return { outcome: "ignored: not one of our sessions" };
    return confirmStripePayment(tx, await withCardOutcome(tx, found, card, event.id), event.data.object, event.id);
  },
});
