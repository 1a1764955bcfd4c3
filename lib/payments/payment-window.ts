import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { payments } from "@/db/schema";
import { loadOrder } from "@/lib/orders";
import { closeCheckoutSession } from "@/lib/stripe";
import { endUnpaidOrder, flagOrder } from "./webhooks/settle";
import type { WebhookEffect } from "./webhooks/types";

// The backstop behind checkout.session.expired: a delayed outbox event
// (shop/order.payment-window-closed) runs this after an unpaid card order's window has
// closed. Normally the webhook got there first and this finds nothing to do. If not (the
// webhook was lost, or the session was never created), it asks Stripe for the truth:
// an open session is expired first (so it can no longer be paid), a completed one is left
// for its own webhook (only the webhook marks an order paid), an expired or missing one
// ends the order exactly as the webhook would: cancelled, stock released once (the effect
// lists the stock it moved, for the caller to expire the product pages once committed).

export async function closePaymentWindow(db: Db, orderId: number, stripe: Stripe | null): Promise<WebhookEffect> {
  const done = (outcome: string): WebhookEffect => ({ outcome, orderId });
  const order = await loadOrder(db, orderId);
  if (!order || order.paymentMethod !== "stripe" || order.status !== "awaiting_payment" || order.paidAt)
    return done("nothing to do");
  const closure = await closeCheckoutSession(db, order.id, stripe);
  if (closure === "processing") return done("payment in progress");
  if (closure === "complete") return done("session complete: its webhook settles the order");
  if (closure === "unreachable") {
    await db.transaction((tx) =>
      flagOrder(
        tx,
        order.id,
        { kind: "system" },
        "Its payment window closed, but Stripe is not configured to check the session.",
      ),
    );
    return done("flagged: cannot reach Stripe");
  }

  return db.transaction(async (tx) => {
    const locked = await loadOrder(tx, order.id, { lock: true });
    const [current] = await tx.select().from(payments).where(eq(payments.orderId, order.id));
    if (!locked || !current) return done("nothing to do");
    return endUnpaidOrder(
      tx,
      { order: locked, payment: current },
      {
        paymentStatus: "expired",
        reason: "The payment was not completed in time.",
        actor: { kind: "system" },
      },
    );
  });
}
