import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orderEvents, orders, outbox, payments, products, productVariants, refunds, stripeEvents } from "@/db/schema";
import type { EmailSender } from "@/lib/email/sender";
import { releaseUnpaidOrder } from "@/lib/outbox/handlers/orders";
import { startStripeCheckout } from "@/lib/payments/checkout-session";
import { createStripeClient } from "@/lib/stripe/stripe-client";
import { transitionOrder } from "@/lib/orders/transition";
import { insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";
import { tagProbe } from "./helpers/expired-tags";
import { type FakeStripe, startFakeStripe } from "./helpers/fake-stripe";

// The Stripe webhook route as Stripe calls it: a raw body signed for real with the webhook
// secret, against a local server that speaks Stripe's API. Every event is delivered the
// way Stripe may: twice, late, or out of order.

const stripeState = vi.hoisted(() => ({ fake: undefined as FakeStripe | undefined }));
vi.mock("@/lib/stripe/settings", async (original) => ({
  ...(await original<typeof import("@/lib/stripe/settings")>()),
  stripeSettings: () => ({
    secretKey: stripeState.fake!.secretKey,
    webhookSecret: stripeState.fake!.webhookSecret,
    apiUrl: stripeState.fake!.url,
  }),
}));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  stripeState.fake = fake;
});
afterAll(() => fake.close());

const { POST } = await import("@/app/api/webhooks/stripe/route");
const stripe = () => createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url });

async function deliver(
  event: Record<string, unknown>,
  options: { timestamp?: number; secret?: string; signature?: string | null } = {},
) {
  const { body, signature } = await fake.sign(event, options);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const header = options.signature === undefined ? signature : options.signature;
  if (header !== null) headers["stripe-signature"] = header;
  const response = await POST(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body, headers }));
  return { status: response.status, body: (await response.json()) as { received: boolean; message: string } };
}

/** A card order placed and sent to Stripe: the session is open, stock held. */
async function cardOrder(stock = 3, quantity = 1) {
  const { variantIds } = await insertProduct(db, { name: "Headlamp", variants: [{ price: 3000, stock }] });
  const variantId = variantIds[0]!;
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId, quantity }],
    details: shopperDetails({ paymentMethod: "stripe" }),
    stripeAvailable: true,
  });
  if (!placed.ok) throw new Error(placed.message);
  const started = await startStripeCheckout(db, placed.order.id, { stripe: stripe() });
  if (!started.ok) throw new Error(started.message);
  const sessionId = started.url.split("/pay/")[1]!;
  return { order: placed.order, variantId, sessionId };
}

async function orderRow(id: number) {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row!;
}

async function paymentRow(orderId: number) {
  const [row] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  return row!;
}

const outboxNames = async (orderId: number) =>
  (await db.select({ name: outbox.name, payload: outbox.payload }).from(outbox).orderBy(asc(outbox.createdAt)))
    .filter((r) => r.payload.orderId === orderId)
    .map((r) => r.name);

describe("the webhook's signature check", () => {
  it("answers 400 and changes nothing for a forged, missing or replayed signature", async () => {
    const { order, sessionId } = await cardOrder();
    const event = fake.event("checkout.session.completed", fake.complete(sessionId));
    expect(await deliver(event, { secret: "whsec_wrong" })).toMatchObject({ status: 400 });
    expect(await deliver(event, { signature: null })).toMatchObject({ status: 400 });
    expect(await deliver(event, { signature: "t=1,v1=deadbeef" })).toMatchObject({ status: 400 });
    // Signed correctly, but 10 minutes old: older than the 5-minute tolerance.
    expect(await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })).toMatchObject({ status: 400 });
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_payment", paidAt: null });
    expect(await db.$count(stripeEvents, eq(stripeEvents.id, event.id as string))).toBe(0);
  });

  it("answers 200 to event types it does not handle, recording them once", async () => {
    const event = fake.event("customer.created", { id: "cus_1", object: "customer" });
    expect(await deliver(event)).toMatchObject({ status: 200, body: { message: "ignored: event type not handled" } });
    expect(await deliver(event)).toMatchObject({ status: 200, body: { message: "Duplicate event ignored" } });
  });
});

describe("paying by card", () => {
  it("marks the order paid from a completed, paid session, once however often the event comes", async () => {
    const { order, variantId, sessionId } = await cardOrder(3);
    // The shopper's return to the success URL changes nothing: only the webhook does.
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_payment", paidAt: null });
    const event = fake.event("checkout.session.completed", fake.complete(sessionId));
    expect(await deliver(event)).toMatchObject({ status: 200, body: { message: "paid" } });
    expect(await deliver(event)).toMatchObject({ status: 200, body: { message: "Duplicate event ignored" } });
    const paid = await orderRow(order.id);
    expect(paid.status).toBe("paid");
    expect(await paymentRow(order.id)).toMatchObject({
      status: "succeeded",
      stripeCheckoutSessionId: sessionId,
      reference: expect.stringMatching(/^pi_/),
    });
    expect((await outboxNames(order.id)).filter((n) => n === "shop/order.paid")).toHaveLength(1);
    expect(await stockOf(db, variantId)).toBe(2);
  });

  it("ignores an expiry that arrives after the payment: a paid order keeps its stock", async () => {
    const { order, variantId, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)));
    expect(
      await deliver(fake.event("checkout.session.expired", { ...fake.sessions.get(sessionId)!, status: "expired" })),
    ).toMatchObject({
      status: 200,
      body: { message: "ignored: expired after payment" },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", stockReleasedAt: null });
    expect(await stockOf(db, variantId)).toBe(2);
  });

  it("waits for a delayed payment, then cancels and returns the stock once when it fails", async () => {
    const { order, variantId, sessionId } = await cardOrder(3);
    const completed = fake.event("checkout.session.completed", fake.complete(sessionId, { paid: false }));
    expect(await deliver(completed)).toMatchObject({ body: { message: "payment processing" } });
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_payment", paidAt: null });
    expect(await paymentRow(order.id)).toMatchObject({ status: "processing" });

    const failed = fake.event("checkout.session.async_payment_failed", fake.settleAsync(sessionId, "failed"));
    expect(await deliver(failed)).toMatchObject({ body: { message: "cancelled, stock released" } });
    expect(await deliver(failed)).toMatchObject({ body: { message: "Duplicate event ignored" } });
    // Another event id for the same outcome (Stripe's retry after a timeout looks the same).
    expect(await deliver({ ...failed, id: `${failed.id as string}_again` })).toMatchObject({
      body: { message: "ignored: order already cancelled" },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "cancelled" });
    expect(await paymentRow(order.id)).toMatchObject({ status: "failed" });
    expect(await stockOf(db, variantId)).toBe(3);
    const types = (
      await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id))
    ).map((e) => e.type);
    expect(types).toEqual(["placed", "payment_processing", "payment_failed", "stock_released", "cancelled"]);
  });

  it("marks a delayed payment paid when it succeeds", async () => {
    const { order, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId, { paid: false })));
    expect(
      await deliver(fake.event("checkout.session.async_payment_succeeded", fake.settleAsync(sessionId, "succeeded"))),
    ).toMatchObject({
      body: { message: "paid" },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid" });
  });
});

describe("sessions that run out", () => {
  it("return their stock exactly once, however often and from wherever the expiry comes", async () => {
    const { order, variantId, sessionId } = await cardOrder(3, 2);
    expect(await stockOf(db, variantId)).toBe(1);
    const tags = tagProbe();
    const expired = fake.event("checkout.session.expired", fake.expire(sessionId));
    const results = await Promise.all([
      deliver(expired),
      deliver(expired),
      deliver({ ...expired, id: `${expired.id as string}_b` }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await stockOf(db, variantId)).toBe(3);
    expect(await orderRow(order.id)).toMatchObject({ status: "cancelled" });
    expect(await paymentRow(order.id)).toMatchObject({ status: "expired" });
    expect((await outboxNames(order.id)).filter((n) => n === "shop/order.cancelled")).toHaveLength(1);
    // The product page shows the stock back as soon as the webhook answered.
    const { slug } = (
      await db
        .select({ slug: products.slug })
        .from(products)
        .innerJoin(productVariants, eq(productVariants.productId, products.id))
        .where(eq(productVariants.id, variantId))
    )[0]!;
    await tags.expectExpired([`product:${slug}`], { notAmong: ["products", "categories"] });
  });

  it("that nobody reported are ended by the outbox, outside any request, and the stock shows on the cached pages at once", async () => {
    // Bought down to 0: the product page and the listings ("out of stock") both change back.
    const { order, variantId } = await cardOrder(2, 2);
    const tags = tagProbe();
    await releaseUnpaidOrder.run(
      { id: "evt", name: "shop/order.payment-window-closed", data: { orderId: order.id, orderNumber: order.number } },
      { db, email: {} as EmailSender },
    );
    expect(await stockOf(db, variantId)).toBe(2);
    const { slug } = (
      await db
        .select({ slug: products.slug })
        .from(products)
        .innerJoin(productVariants, eq(productVariants.productId, products.id))
        .where(eq(productVariants.id, variantId))
    )[0]!;
    await tags.expectExpired([`product:${slug}`, "products"], {
      notAmong: ["categories", "product:some-other-product"],
    });
  });

  it("take the stock again for a payment that completes after the expiry, when it is still there", async () => {
    const { order, variantId, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.expired", { ...fake.sessions.get(sessionId)!, status: "expired" }));
    expect(await stockOf(db, variantId)).toBe(3);
    expect(await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)))).toMatchObject({
      body: { message: "paid after cancellation: stock taken again" },
    });
    expect(await orderRow(order.id)).toMatchObject({
      status: "paid",
      stockReleasedAt: null,
      cancelledAt: null,
      needsAttention: null,
    });
    expect(await stockOf(db, variantId)).toBe(2);
  });

  it("flag, never silently accept, a late payment whose stock is gone", async () => {
    const { order, variantId, sessionId } = await cardOrder(1);
    await deliver(fake.event("checkout.session.expired", { ...fake.sessions.get(sessionId)!, status: "expired" }));
    // Someone else buys the last unit meanwhile.
    const other = await reviewAndPlace(db, { lines: [{ variantId, quantity: 1 }], details: shopperDetails() });
    expect(other.ok).toBe(true);
    expect(await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)))).toMatchObject({
      body: { message: "flagged: paid after cancellation, stock gone" },
    });
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ status: "cancelled", needsAttention: expect.stringMatching(/Refund the customer/) });
    expect(row.paidAt).toBeInstanceOf(Date);
    expect(await stockOf(db, variantId)).toBe(0);
  });

  it("flag a session whose amount differs from the order total", async () => {
    const { order, sessionId } = await cardOrder(3);
    const session = { ...fake.complete(sessionId), amount_total: 1 };
    expect(await deliver(fake.event("checkout.session.completed", session))).toMatchObject({
      body: { message: "flagged: amount differs from the order total" },
    });
    expect(await orderRow(order.id)).toMatchObject({
      status: "awaiting_payment",
      paidAt: null,
      needsAttention: expect.stringMatching(/\$0\.01/),
    });
  });

  it("ignore sessions that are not ours", async () => {
    const foreign = {
      id: "cs_foreign",
      object: "checkout.session",
      metadata: {},
      payment_status: "paid",
      amount_total: 100,
      currency: "usd",
    };
    expect(await deliver(fake.event("checkout.session.completed", foreign))).toMatchObject({
      status: 200,
      body: { message: "ignored: not one of our sessions" },
    });
  });
});

describe("refunds", () => {
  it("refunds through Stripe from transitionOrder and counts the webhook's copy once", async () => {
    const { order, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)));
    const staff = { kind: "staff" as const, id: "staff-1" };
    const partial = await transitionOrder(db, order.id, "refund", {
      actor: staff,
      amount: 1000,
      reason: "Dented",
      stripe: stripe(),
      idempotencyKey: "refund-form-1",
    });
    expect(partial).toMatchObject({ ok: true, order: { status: "paid", refundedAmount: 1000 } });
    const refundCall = fake.requests.find((r) => r.path === "/v1/refunds" && r.method === "POST");
    expect(refundCall).toMatchObject({
      idempotencyKey: "refund:refund-form-1",
      body: { amount: "1000", payment_intent: expect.stringMatching(/^pi_/) },
    });
    // The same form posted again (a double click): one refund at Stripe, counted once.
    const again = await transitionOrder(db, order.id, "refund", {
      actor: staff,
      amount: 1000,
      reason: "Dented",
      stripe: stripe(),
      idempotencyKey: "refund-form-1",
    });
    expect(again).toMatchObject({ ok: true, duplicate: true, order: { refundedAmount: 1000 } });
    expect(
      fake.requests.filter((r) => r.path === "/v1/refunds" && r.idempotencyKey === "refund:refund-form-1"),
    ).toHaveLength(1);

    const intent = (await paymentRow(order.id)).stripePaymentIntentId!;
    expect(await deliver(fake.event("charge.refunded", fake.chargeFor(intent)))).toMatchObject({
      body: { message: "refunds already recorded" },
    });
    expect(await orderRow(order.id)).toMatchObject({ refundedAmount: 1000 });

    // The rest, refunded in the Stripe dashboard: recorded from the webhook.
    fake.refundInDashboard(intent, order.totalAmount - 1000);
    expect(await deliver(fake.event("charge.refunded", fake.chargeFor(intent)))).toMatchObject({
      body: { message: "recorded 1 refund(s)" },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "refunded", refundedAmount: order.totalAmount });
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.id));
    expect(rows.map((r) => [r.amount, r.method, r.actor])).toEqual([
      [1000, "stripe", "staff"],
      [order.totalAmount - 1000, "stripe", "stripe"],
    ]);
  });

  it("shows staff Stripe's refusal or outage as a message and leaves the order unchanged", async () => {
    const { order, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)));
    const intent = (await paymentRow(order.id)).stripePaymentIntentId!;
    // Refunded in the dashboard, webhook not here yet: Stripe refuses more than what is left.
    fake.refundInDashboard(intent, order.totalAmount - 500);
    const staff = { kind: "staff" as const, id: "staff-1" };
    const refused = await transitionOrder(db, order.id, "refund", {
      actor: staff,
      amount: 1000,
      stripe: stripe(),
      idempotencyKey: "refund-refused",
    });
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(/^Stripe refused the refund: .*greater than unrefunded/),
    });
    const offline = createStripeClient({ secretKey: fake.secretKey, apiUrl: "http://127.0.0.1:9" });
    const unreachable = await transitionOrder(db, order.id, "refund", {
      actor: staff,
      amount: 100,
      stripe: offline,
      idempotencyKey: "refund-offline",
    });
    expect(unreachable).toEqual({
      ok: false,
      message: "Stripe could not be reached, so nothing was refunded. Try again in a moment.",
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedAmount: 0 });
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0);
  });

  it("flags the order for staff when a refund Stripe accepted fails later, once however often the event comes", async () => {
    const { order, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)));
    const refunded = await transitionOrder(db, order.id, "refund", {
      actor: { kind: "staff", id: "staff-1" },
      amount: 1000,
      stripe: stripe(),
      idempotencyKey: "refund-later-failed",
    });
    expect(refunded).toMatchObject({ ok: true });
    const [made] = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    const failedRefund = {
      id: made!.stripeRefundId,
      object: "refund",
      amount: 1000,
      currency: "usd",
      status: "failed",
      failure_reason: "expired_or_canceled_card",
      metadata: { order_id: String(order.id) },
    };
    const event = fake.event("refund.failed", failedRefund);
    expect(await deliver(event)).toMatchObject({ status: 200 });
    expect((await orderRow(order.id)).needsAttention).toMatch(
      /could not complete refund re_\w+ of \$10\.00 \(expired or canceled card\)/,
    );
    expect(await deliver(event)).toMatchObject({ status: 200, body: { message: "Duplicate event ignored" } });
    const flags = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "needs_attention")));
    expect(flags).toHaveLength(1);
  });

  it("cancels a paid card order with a full refund through Stripe, stock back, counted once", async () => {
    const { order, variantId, sessionId } = await cardOrder(3);
    await deliver(fake.event("checkout.session.completed", fake.complete(sessionId)));
    const cancelled = await transitionOrder(db, order.id, "cancel", {
      actor: { kind: "staff", id: "staff-1" },
      reason: "Out of stock at the warehouse",
      stripe: stripe(),
    });
    expect(cancelled).toMatchObject({ ok: true, order: { status: "cancelled", refundedAmount: order.totalAmount } });
    expect(await stockOf(db, variantId)).toBe(3);
    const intent = (await paymentRow(order.id)).stripePaymentIntentId!;
    expect(fake.chargeFor(intent)).toMatchObject({ amount_refunded: order.totalAmount, refunded: true });
    expect(await deliver(fake.event("charge.refunded", fake.chargeFor(intent)))).toMatchObject({
      body: { message: "refunds already recorded" },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "cancelled", refundedAmount: order.totalAmount });
    expect((await outboxNames(order.id)).filter((n) => n === "shop/order.cancelled")).toHaveLength(1);
  });

  it("asks Stripe to retry a refund that arrives before the payment it refunds", async () => {
    const { order, sessionId } = await cardOrder(3);
    const completed = fake.event("checkout.session.completed", fake.complete(sessionId));
    const intent = fake.sessions.get(sessionId)!.payment_intent!;
    fake.refundInDashboard(intent, 500);
    const refunded = fake.event("charge.refunded", fake.chargeFor(intent));
    expect(await deliver(refunded)).toMatchObject({ status: 500 });
    expect(await db.$count(stripeEvents, eq(stripeEvents.id, refunded.id as string))).toBe(0);
    await deliver(completed);
    expect(await deliver(refunded)).toMatchObject({ status: 200, body: { message: "recorded 1 refund(s)" } });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", refundedAmount: 500 });
  });
});

describe("who may mark an order paid", () => {
  it("is Stripe for card orders and staff for manual ones, never the other way round", async () => {
    const { order } = await cardOrder(3);
    expect(await transitionOrder(db, order.id, "mark_paid", { actor: { kind: "staff", id: "s" } })).toEqual({
      ok: false,
      message: "Card payments are confirmed by Stripe, not by hand.",
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_payment" });
  });
});
