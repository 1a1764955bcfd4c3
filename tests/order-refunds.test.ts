import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, orderEvents, orderLines, orders, payments, refunds } from "@/db/schema";
import { startStripeCheckout } from "@/lib/payments/checkout-session";
import { createStripeClient } from "@/lib/stripe/stripe-client";
import { createUser, form, signInAs } from "./admin-helpers";
import { insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";
import { type FakeStripe, startFakeStripe } from "./helpers/fake-stripe";

// Staff refunds by line items (with or without returning them to stock), the confirmation
// the server insists on, forms sent twice, card refunds through Stripe, and staff notes.

const stripeState = vi.hoisted(() => ({ fake: undefined as FakeStripe | undefined }));
vi.mock("@/lib/stripe/settings", async (original) => ({
  ...(await original<typeof import("@/lib/stripe/settings")>()),
  stripeSettings: () => ({
    secretKey: stripeState.fake!.secretKey,
    webhookSecret: stripeState.fake!.webhookSecret,
    apiUrl: stripeState.fake!.url,
  }),
}));
vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { orderTransitionAction, addOrderNoteAction } = await import("@/app/admin/orders/actions");
const { getOrderForViewer, orderEventDetail } = await import("@/lib/orders");

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  stripeState.fake = fake;
});
afterAll(() => fake.close());
beforeEach(async () => {
  signInAs(await createUser("staff"));
});

/** A paid bank-transfer order: 2 jackets at $69.00 and 1 strap at $10.00. */
async function paidOrder(paymentMethod: "bank_transfer" | "stripe" = "bank_transfer") {
  const { variantIds } = await insertProduct(db, {
    name: "Trail Jacket",
    variants: [
      { price: 6900, stock: 5, title: "M" },
      { price: 1000, stock: 9, title: "Strap" },
    ],
  });
  const placed = await reviewAndPlace(db, {
    lines: [
      { variantId: variantIds[0]!, quantity: 2 },
      { variantId: variantIds[1]!, quantity: 1 },
    ],
    details: shopperDetails({ paymentMethod }),
    stripeAvailable: paymentMethod === "stripe",
  });
  if (!placed.ok) throw new Error(placed.message);
  const order = placed.order;
  if (paymentMethod === "stripe") {
    const stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url });
    await startStripeCheckout(db, order.id, { stripe });
    const sessionId = [...fake.sessions.keys()].at(-1)!;
    const session = fake.complete(sessionId);
    await db
      .update(payments)
      .set({ status: "succeeded", stripePaymentIntentId: session.payment_intent })
      .where(eq(payments.orderId, order.id));
    await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.id, order.id));
  } else {
    const paid = await orderTransitionAction(
      form({ orderId: String(order.id), action: "mark_paid", idempotencyKey: `paid-${order.id}-key` }),
    );
    expect(paid).toMatchObject({ ok: true });
  }
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  const jacket = lines.find((l) => l.variantId === variantIds[0])!;
  return { order, jacket, jacketVariant: variantIds[0]!, strapVariant: variantIds[1]! };
}

const refund = (orderId: number, values: Record<string, string>, key = `refund-${Math.random()}`) =>
  orderTransitionAction(form({ orderId: String(orderId), action: "refund", idempotencyKey: key, ...values }));

const orderRow = async (id: number) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const lineRow = async (id: number) => (await db.select().from(orderLines).where(eq(orderLines.id, id)))[0]!;

describe("refunds by line items", () => {
  it("refunds one jacket and returns it to stock: stock, refunded quantity, totals, timeline and audit", async () => {
    const { order, jacket, jacketVariant } = await paidOrder();
    const stockBefore = await stockOf(db, jacketVariant);
    const result = await refund(order.id, { [`quantity-${jacket.id}`]: "1", restock: "yes", confirm: "yes" });
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("$69.00 refunded") });

    expect(await stockOf(db, jacketVariant)).toBe(stockBefore + 1);
    expect((await lineRow(jacket.id)).refundedQuantity).toBe(1);
    const row = await orderRow(order.id);
    expect(row.refundedAmount).toBe(6900);
    expect(row.status).toBe("paid"); // partial: the status stays
    const [payment] = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(payment).toMatchObject({ amount: 6900, method: "manual" });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(order.id)), eq(auditLog.action, "order.refund")));
    expect(audits).toHaveLength(1);

    // The shopper reads it in words, not data.
    const view = await getOrderForViewer(order.number, order.accessToken);
    const words = view!.timeline.map((e) => orderEventDetail(e.type, e.data, order.currency));
    expect(words).toContain("Refunded $69.00 for 1 × Trail Jacket (M), returned to stock");
  });

  it("without 'return to stock' the stock stays where it was", async () => {
    const { order, jacket, jacketVariant } = await paidOrder();
    const stockBefore = await stockOf(db, jacketVariant);
    expect(await refund(order.id, { [`quantity-${jacket.id}`]: "2", confirm: "yes" })).toMatchObject({ ok: true });
    expect(await stockOf(db, jacketVariant)).toBe(stockBefore);
    expect((await lineRow(jacket.id)).refundedQuantity).toBe(2);
    expect((await orderRow(order.id)).refundedAmount).toBe(13800);
  });

  it("refuses more than was bought, or nothing chosen and no amount, and changes nothing", async () => {
    const { order, jacket, jacketVariant } = await paidOrder();
    const stockBefore = await stockOf(db, jacketVariant);
    expect(await refund(order.id, { [`quantity-${jacket.id}`]: "3", restock: "yes", confirm: "yes" })).toMatchObject({
      ok: false,
      fieldErrors: { [`quantity-${jacket.id}`]: ["At most 2 can be refunded."] },
    });
    expect(await refund(order.id, { amount: "", confirm: "yes" })).toMatchObject({
      ok: false,
      fieldErrors: { amount: ["Choose the items to refund, or enter an amount."] },
    });
    expect(await stockOf(db, jacketVariant)).toBe(stockBefore);
    expect((await lineRow(jacket.id)).refundedQuantity).toBe(0);
    expect((await orderRow(order.id)).refundedAmount).toBe(0);
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0);
  });

  it("a refund without the confirmation is refused: one click can never refund", async () => {
    const { order, jacket } = await paidOrder();
    expect(await refund(order.id, { [`quantity-${jacket.id}`]: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["Confirm the refund before it is made."] },
    });
    expect(
      await orderTransitionAction(
        form({ orderId: String(order.id), action: "cancel", idempotencyKey: "cancel-unconfirmed" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ refundedAmount: 0, status: "paid" });
  });

  it("a refund form sent twice refunds and restocks once", async () => {
    const { order, jacket, jacketVariant } = await paidOrder();
    const stockBefore = await stockOf(db, jacketVariant);
    const values = { [`quantity-${jacket.id}`]: "2", restock: "yes", confirm: "yes" };
    expect(await refund(order.id, values, "same-form-key")).toMatchObject({ ok: true });
    expect(await refund(order.id, values, "same-form-key")).toMatchObject({
      ok: true,
      message: expect.stringContaining("Already done"),
    });
    expect(await stockOf(db, jacketVariant)).toBe(stockBefore + 2);
    expect((await lineRow(jacket.id)).refundedQuantity).toBe(2);
    expect((await orderRow(order.id)).refundedAmount).toBe(13800);
  });

  it("a later full refund of an unshipped order returns only the stock not yet settled by a line refund", async () => {
    const { order, jacket, jacketVariant, strapVariant } = await paidOrder();
    const [jacketBefore, strapBefore] = [await stockOf(db, jacketVariant), await stockOf(db, strapVariant)];
    await refund(order.id, { [`quantity-${jacket.id}`]: "1", restock: "yes", confirm: "yes" });
    const left = (await orderRow(order.id)).totalAmount - 6900;
    expect(await refund(order.id, { amount: (left / 100).toFixed(2), confirm: "yes" })).toMatchObject({ ok: true });
    expect((await orderRow(order.id)).status).toBe("refunded");
    expect(await stockOf(db, jacketVariant)).toBe(jacketBefore + 2);
    expect(await stockOf(db, strapVariant)).toBe(strapBefore + 1);
  });

  it("a card order's partial refund goes to Stripe once, for the lines' amount, with the form's key", async () => {
    const { order, jacket } = await paidOrder("stripe");
    const values = { [`quantity-${jacket.id}`]: "1", restock: "yes", refundMethod: "stripe", confirm: "yes" };
    const before = fake.requests.filter((r) => r.path === "/v1/refunds" && r.method === "POST").length;
    expect(await refund(order.id, values, "card-refund-key")).toMatchObject({ ok: true });
    expect(await refund(order.id, values, "card-refund-key")).toMatchObject({ ok: true });
    const calls = fake.requests.filter((r) => r.path === "/v1/refunds" && r.method === "POST").slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ idempotencyKey: "refund:card-refund-key:refund", body: { amount: "6900" } });
    const [recorded] = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(recorded).toMatchObject({ amount: 6900, method: "stripe", stripeRefundId: expect.stringMatching(/^re_/) });
    expect((await orderRow(order.id)).refundedAmount).toBe(6900);
  });
});

describe("staff notes", () => {
  it("are kept once per form, with their author, and never reach the shopper", async () => {
    const { order } = await paidOrder();
    const post = () =>
      addOrderNoteAction(form({ orderId: String(order.id), idempotencyKey: "note-form-1", note: "Gift wrap please" }));
    expect(await post()).toMatchObject({ ok: true, message: "Note added." });
    expect(await post()).toMatchObject({ ok: true });
    const notes = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "note")));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ actor: "staff", data: { text: "Gift wrap please" } });
    expect(notes[0]!.actorId).toEqual(expect.any(String));

    const view = await getOrderForViewer(order.number, order.accessToken);
    expect(JSON.stringify(view)).not.toContain("Gift wrap please");
    expect(
      await addOrderNoteAction(form({ orderId: String(order.id), idempotencyKey: "note-form-2", note: "  " })),
    ).toMatchObject({ ok: false, fieldErrors: { note: ["Write the note first."] } });
  });

  it("cannot be written by a shopper", async () => {
    const { order } = await paidOrder();
    signInAs(await createUser("customer"));
    expect(
      await addOrderNoteAction(form({ orderId: String(order.id), idempotencyKey: "note-form-3", note: "hi" })),
    ).toMatchObject({ ok: false });
    const notes = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "note")));
    expect(notes).toHaveLength(0);
  });
});
