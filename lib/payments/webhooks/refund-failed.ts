import { eq } from "drizzle-orm";
import { orders, refunds } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { flagOrder } from "./settle";
import { defineWebhookHandler } from "./types";

// A refund Stripe accepted can still fail later (the card was closed, the bank returned
// it). The customer then has not got the money although the order says refunded, so the
// order is flagged for staff with the amount and Stripe's reason: they refund another way
// and record it. The recorded figures stay as they were; the flag is what must not be missed.

export const refundFailed = defineWebhookHandler<"refund.failed">({
  type: "refund.failed",
  async apply(tx, event) {
    const refund = event.data.object;
    const [recorded] = await tx
      .select({ orderId: refunds.orderId })
      .from(refunds)
      .where(eq(refunds.stripeRefundId, refund.id));
    const fromMetadata = Number(refund.metadata?.order_id);
    const orderId = recorded?.orderId ?? (Number.isSafeInteger(fromMetadata) && fromMetadata > 0 ? fromMetadata : null);
    if (orderId === null) return { outcome: "ignored: not one of our refunds" };
    const [order] = await tx
      .select({ id: orders.id, paymentMethod: orders.paymentMethod })
      .from(orders)
      .where(eq(orders.id, orderId));
    if (!order || order.paymentMethod !== "stripe") return { outcome: "ignored: not one of our refunds" };

    const amount = formatMoney({ amount: refund.amount, currency: refund.currency.toUpperCase() });
    const reason = refund.failure_reason ? ` (${refund.failure_reason.replaceAll("_", " ")})` : "";
    await flagOrder(
      tx,
      order.id,
      { kind: "stripe", id: event.id },
      `Stripe could not complete refund ${refund.id} of ${amount}${reason}. The customer has not received this money: refund them another way and record it.`,
    );
    return { outcome: "flagged: refund failed", orderId: order.id };
  },
});
