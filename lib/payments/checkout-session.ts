import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { type Order, type OrderLine, payments } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { loadOrder, loadOrderLines, orderUrl } from "@/lib/orders";
import { requireStripe } from "@/lib/stripe";

// The hosted Stripe Checkout Session for a card order. Created after the order's
// transaction committed (a network call never holds row locks), with an idempotency key
// per order and parameters that depend only on the order, so a retry (a lost response, a
// "Pay now" click) gets the same session back instead of a second one.
//
// The order holds its stock for PAYMENT_WINDOW_MINUTES from placement, which is also when
// its session expires; Stripe needs a session to live at least 30 minutes, so a session
// that was never created can only be created early in the window.

export const PAYMENT_WINDOW_MINUTES = 45;
const STRIPE_MIN_SESSION_MINUTES = 31;

export function paymentWindowEndsAt(order: Pick<Order, "createdAt">): Date {
  return new Date(order.createdAt.getTime() + PAYMENT_WINDOW_MINUTES * 60_000);
}

export type StartCheckoutResult =
  { ok: true; url: string } | Refused<{ reason: "not_found" | "not_payable" | "window_closed" }>;

/** Line items that add up to exactly the order total: discounted goods, shipping, tax. */
export function checkoutLineItems(
  order: Order,
  lines: readonly OrderLine[],
): Stripe.Checkout.SessionCreateParams.LineItem[] {
  const currency = order.currency.toLowerCase();
  const item = (name: string, amount: number) => ({
    quantity: 1,
    price_data: { currency, unit_amount: amount, product_data: { name } },
  });
  const items = lines.map((line) => {
    const title =
      line.variantTitle.toLowerCase() === "default" ? line.productName : `${line.productName} (${line.variantTitle})`;
    // One item per line at its discounted line price: per-unit prices could not always
    // carry a discount in whole minor units.
    return item(line.quantity > 1 ? `${line.quantity} × ${title}` : title, line.lineSubtotal - line.lineDiscount);
  });
  if (order.shippingAmount > 0) items.push(item(`Shipping: ${order.shippingMethodLabel}`, order.shippingAmount));
  // Tax-inclusive prices already hold their tax: it is on the receipt, not a charge of its own.
  if (order.taxAmount > 0 && !order.pricesIncludeTax) items.push(item("Tax", order.taxAmount));
  const positive = items.filter((i) => i.price_data.unit_amount > 0);
  const sum = positive.reduce((a, i) => a + i.price_data.unit_amount, 0);
  if (sum !== order.totalAmount)
    throw new Error(`Stripe line items add up to ${sum}, order ${order.number} totals ${order.totalAmount}`);
  return positive;
}

export async function startStripeCheckout(
  db: Db,
  orderId: number,
  options: { stripe?: Stripe; now?: Date } = {},
): Promise<StartCheckoutResult> {
  const now = options.now ?? new Date();
  const order = await loadOrder(db, orderId);
  if (!order) return { ok: false, reason: "not_found", message: "This order does not exist." };
  if (order.paymentMethod !== "stripe" || order.status !== "awaiting_payment" || order.paidAt) {
    return { ok: false, reason: "not_payable", message: "This order is not waiting for a card payment." };
  }
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
  if (payment?.status === "processing")
    return { ok: false, reason: "not_payable", message: "Your payment is being processed." };
  const endsAt = paymentWindowEndsAt(order);
  if (
    payment?.stripeCheckoutUrl &&
    payment.sessionExpiresAt &&
    payment.sessionExpiresAt.getTime() > now.getTime() + 60_000
  ) {
    return { ok: true, url: payment.stripeCheckoutUrl };
  }
  if (endsAt.getTime() - now.getTime() < STRIPE_MIN_SESSION_MINUTES * 60_000) {
    return {
      ok: false,
      reason: "window_closed",
      message: "The time to pay for this order has run out. Please place a new order.",
    };
  }

  const stripe = options.stripe ?? requireStripe();
  const metadata = { order_id: String(order.id), order_number: order.number };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      // No payment_method_types: the methods enabled in the Stripe dashboard are offered.
      line_items: checkoutLineItems(order, await loadOrderLines(db, order.id)),
      customer_email: order.email,
      client_reference_id: String(order.id),
      metadata,
      payment_intent_data: { metadata },
      // The return only shows the order; the webhook alone marks it paid.
      success_url: orderUrl(order.number, order.accessToken, { payment: "return" }),
      cancel_url: orderUrl(order.number, order.accessToken, { payment: "cancelled" }),
      expires_at: Math.floor(endsAt.getTime() / 1000),
    },
    { idempotencyKey: `checkout-session:${order.id}` },
  );
  if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  await db
    .update(payments)
    .set({
      stripeCheckoutSessionId: session.id,
      stripeCheckoutUrl: session.url,
      sessionExpiresAt: new Date(session.expires_at * 1000),
      updatedAt: sql`now()`,
    })
    .where(eq(payments.orderId, order.id));
  return { ok: true, url: session.url };
}
