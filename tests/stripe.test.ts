import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, outbox, payments } from "@/db/schema";
import { PAYMENT_WINDOW_MINUTES, startStripeCheckout } from "@/lib/payments/checkout-session";
import { closePaymentWindow } from "@/lib/payments/payment-window";
import { createStripeClient } from "@/lib/stripe/stripe-client";
import { transitionOrder } from "@/lib/orders/transition";
import { insertDiscount, insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";
import { type FakeStripe, startFakeStripe } from "./helpers/fake-stripe";

// Starting a Stripe Checkout Session for a card order, and the backstop that ends an unpaid
// order's hold when its webhook never came.

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
const stripe = () => createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url });

async function cardOrder(options: { stock?: number; discount?: string } = {}) {
  const { variantIds } = await insertProduct(db, {
    name: "Bivvy Bag",
    variants: [
      { price: 4999, stock: options.stock ?? 4 },
      { price: 1000, stock: 9, title: "Strap" },
    ],
  });
  const lines = [
    { variantId: variantIds[0]!, quantity: 2 },
    { variantId: variantIds[1]!, quantity: 1 },
  ];
  const details = shopperDetails({ paymentMethod: "stripe", discountCode: options.discount ?? "" });
  const placed = await reviewAndPlace(db, { lines, details, stripeAvailable: true });
  if (!placed.ok) throw new Error(placed.message);
  return { order: placed.order, variantId: variantIds[0]! };
}

describe("startStripeCheckout", () => {
  it("creates one hosted session for the order total, with the order in its metadata", async () => {
    const code = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 1500 });
    const { order } = await cardOrder({ discount: code.code });
    const started = await startStripeCheckout(db, order.id, { stripe: stripe() });
    expect(started).toMatchObject({ ok: true, url: expect.stringContaining("/pay/cs_test_") });

    const call = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(call.idempotencyKey).toBe(`checkout-session:${order.id}`);
    expect(call.body).toMatchObject({
      mode: "payment",
      customer_email: order.email,
      client_reference_id: String(order.id),
      metadata: { order_id: String(order.id), order_number: order.number },
      payment_intent_data: { metadata: { order_id: String(order.id) } },
    });
    // The account's dynamic payment methods decide: no payment_method_types is sent.
    expect(call.body).not.toHaveProperty("payment_method_types");
    expect(String(call.body.success_url)).toContain(
      `/orders/${order.number}?token=${order.accessToken}&payment=return`,
    );
    const expiresIn = Number(call.body.expires_at) - order.createdAt.getTime() / 1000;
    expect(Math.round(expiresIn / 60)).toBe(PAYMENT_WINDOW_MINUTES);
    const session = fake.sessions.get(started.ok ? started.url.split("/pay/")[1]! : "")!;
    expect(session.amount_total).toBe(order.totalAmount);

    // A second "Pay now" gets the same session back, without asking Stripe again.
    const before = fake.requests.length;
    expect(await startStripeCheckout(db, order.id, { stripe: stripe() })).toEqual(started);
    expect(fake.requests.length).toBe(before);
  });

  it("gets the same session back when the first answer was lost", async () => {
    const { order } = await cardOrder();
    const first = await startStripeCheckout(db, order.id, { stripe: stripe() });
    await db
      .update(payments)
      .set({ stripeCheckoutSessionId: null, stripeCheckoutUrl: null, sessionExpiresAt: null })
      .where(eq(payments.orderId, order.id));
    expect(await startStripeCheckout(db, order.id, { stripe: stripe() })).toEqual(first);
    expect(fake.sessions.size).toBeGreaterThan(0);
  });

  it("refuses orders that are not waiting for a card payment, or whose window has closed", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1000, stock: 3 }] });
    const manual = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details: shopperDetails(),
    });
    if (!manual.ok) throw new Error(manual.message);
    expect(await startStripeCheckout(db, manual.order.id, { stripe: stripe() })).toMatchObject({
      ok: false,
      reason: "not_payable",
    });

    const { order } = await cardOrder();
    const late = new Date(order.createdAt.getTime() + 20 * 60_000);
    expect(await startStripeCheckout(db, order.id, { stripe: stripe(), now: late })).toMatchObject({
      ok: false,
      reason: "window_closed",
    });
  });

  it("schedules the backstop for after the window", async () => {
    const { order } = await cardOrder();
    const [row] = (await db.select().from(outbox).where(eq(outbox.name, "shop/order.payment-window-closed"))).filter(
      (r) => r.payload.orderId === order.id,
    );
    const delay = (row!.nextAttemptAt.getTime() - order.createdAt.getTime()) / 60_000;
    expect(Math.round(delay)).toBe(PAYMENT_WINDOW_MINUTES + 5);
  });
});

describe("closePaymentWindow (the backstop)", () => {
  it("expires a session still open at Stripe and releases the stock", async () => {
    const { order, variantId } = await cardOrder({ stock: 4 });
    await startStripeCheckout(db, order.id, { stripe: stripe() });
    expect(await stockOf(db, variantId)).toBe(2);
    expect((await closePaymentWindow(db, order.id, stripe())).outcome).toBe("cancelled, stock released");
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(fake.sessions.get(payment!.stripeCheckoutSessionId!)!.status).toBe("expired");
    expect(await stockOf(db, variantId)).toBe(4);
    // And again: nothing left to do.
    expect((await closePaymentWindow(db, order.id, stripe())).outcome).toBe("nothing to do");
    expect(await stockOf(db, variantId)).toBe(4);
  });

  it("leaves a completed session to its webhook, and ends an order whose session never started", async () => {
    const { order, variantId } = await cardOrder();
    const started = await startStripeCheckout(db, order.id, { stripe: stripe() });
    fake.complete(started.ok ? started.url.split("/pay/")[1]! : "");
    expect((await closePaymentWindow(db, order.id, stripe())).outcome).toBe(
      "session complete: its webhook settles the order",
    );
    expect(await stockOf(db, variantId)).toBe(2);

    const never = await cardOrder();
    expect((await closePaymentWindow(db, never.order.id, stripe())).outcome).toBe("cancelled, stock released");
    const [row] = await db.select().from(orders).where(eq(orders.id, never.order.id));
    expect(row).toMatchObject({ status: "cancelled" });
  });
});

describe("staff cancel an unpaid card order", () => {
  it("expires the open Stripe session first, so the shopper can no longer pay, then releases the stock", async () => {
    const { order, variantId } = await cardOrder({ stock: 4 });
    const started = await startStripeCheckout(db, order.id, { stripe: stripe() });
    const sessionId = started.ok ? started.url.split("/pay/")[1]! : "";
    const result = await transitionOrder(db, order.id, "cancel", {
      actor: { kind: "staff", id: null },
      stripe: stripe(),
      reason: "Customer phoned to cancel",
    });
    expect(result).toMatchObject({ ok: true, order: { status: "cancelled" } });
    expect(fake.sessions.get(sessionId)!.status).toBe("expired");
    expect(await stockOf(db, variantId)).toBe(4);
  });

  it("is refused while the shopper's payment has gone through, and the order keeps its stock", async () => {
    const { order, variantId } = await cardOrder({ stock: 4 });
    const started = await startStripeCheckout(db, order.id, { stripe: stripe() });
    fake.complete(started.ok ? started.url.split("/pay/")[1]! : "");
    const result = await transitionOrder(db, order.id, "cancel", {
      actor: { kind: "staff", id: null },
      stripe: stripe(),
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/just paid at Stripe/) });
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe("awaiting_payment");
    expect(await stockOf(db, variantId)).toBe(2);
  });
});
