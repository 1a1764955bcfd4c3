import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderEvents, orders, outbox, payments, refunds } from "@/db/schema";
import { transitionOrder } from "@/lib/orders/transition";
import { insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";

// Status changes through transitionOrder, the one door the admin pages will use: the state
// machine's verdict, the timeline, the outbox event and the stock, all in one transaction.

const staff = { kind: "staff" as const, id: "staff-user-1" };

async function placed(paymentMethod: "bank_transfer" | "cash_on_delivery" = "bank_transfer", stock = 5) {
  const { variantIds } = await insertProduct(db, { name: "Camp Chair", variants: [{ price: 4000, stock }] });
  const result = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 2 }],
    details: shopperDetails({ paymentMethod }),
  });
  if (!result.ok) throw new Error(result.message);
  return { order: result.order, variantId: variantIds[0]! };
}

async function timeline(orderId: number) {
  const rows = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id));
  return rows.map((e) => e.type);
}

async function outboxFor(orderId: number) {
  const rows = await db
    .select({ name: outbox.name, payload: outbox.payload })
    .from(outbox)
    .orderBy(asc(outbox.createdAt));
  return rows.filter((r) => r.payload.orderId === orderId);
}

describe("transitionOrder", () => {
  it("takes a bank transfer order from payment to delivery, with an email event at each step", async () => {
    const { order } = await placed();
    expect(await transitionOrder(db, order.id, "ship", { actor: staff, carrier: "UPS", trackingNumber: "1Z" })).toEqual(
      { ok: false, message: "This order is not paid yet." },
    );
    expect(await transitionOrder(db, order.id, "mark_paid", { actor: { kind: "stripe" } })).toMatchObject({
      ok: false,
    });
    expect(await transitionOrder(db, order.id, "mark_paid", { actor: { kind: "customer" } })).toMatchObject({
      ok: false,
    });

    expect(
      await transitionOrder(db, order.id, "mark_paid", { actor: staff, paymentReference: "Bank ref 42" }),
    ).toMatchObject({ ok: true, order: { status: "paid" } });
    expect(await transitionOrder(db, order.id, "pack", { actor: staff })).toMatchObject({
      ok: true,
      order: { status: "packed" },
    });
    const shipped = await transitionOrder(db, order.id, "ship", {
      actor: staff,
      carrier: "UPS",
      trackingNumber: "1Z999AA1",
      trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA1",
    });
    expect(shipped).toMatchObject({
      ok: true,
      order: { status: "shipped", carrier: "UPS", trackingNumber: "1Z999AA1" },
    });
    expect(await transitionOrder(db, order.id, "deliver", { actor: staff })).toMatchObject({
      ok: true,
      order: { status: "delivered" },
    });

    expect(await timeline(order.id)).toEqual(["placed", "paid", "packed", "shipped", "delivered"]);
    const events = await outboxFor(order.id);
    expect(events.map((e) => e.name)).toEqual([
      "shop/order.placed",
      "shop/order.paid",
      "shop/order.packed",
      "shop/order.shipped",
      "shop/order.delivered",
    ]);
    expect(events[1]!.payload).toMatchObject({
      payment: { method: "Bank transfer", amount: order.totalAmount, reference: "Bank ref 42" },
    });
    expect(events[3]!.payload).toMatchObject({
      carrier: "UPS",
      trackingNumber: "1Z999AA1",
      trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA1",
    });
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "succeeded", reference: "Bank ref 42" });
  });

  it("ships cash on delivery before payment and records the cash afterwards", async () => {
    const { order } = await placed("cash_on_delivery");
    expect(
      await transitionOrder(db, order.id, "ship", { actor: staff, carrier: "DHL", trackingNumber: "JD01" }),
    ).toMatchObject({ ok: true, order: { status: "shipped" } });
    expect(await transitionOrder(db, order.id, "deliver", { actor: staff })).toMatchObject({ ok: true });
    const paid = await transitionOrder(db, order.id, "mark_paid", { actor: staff });
    expect(paid).toMatchObject({ ok: true, order: { status: "delivered" } });
    expect(paid.ok && paid.order.paidAt).toBeInstanceOf(Date);
  });

  it("does a repeated staff click once", async () => {
    const { order } = await placed();
    const click = { actor: staff, idempotencyKey: `form-${order.id}` };
    const [a, b] = await Promise.all([
      transitionOrder(db, order.id, "mark_paid", click),
      transitionOrder(db, order.id, "mark_paid", click),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect([a, b].filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await timeline(order.id)).toEqual(["placed", "paid"]);
    expect((await outboxFor(order.id)).filter((e) => e.name === "shop/order.paid")).toHaveLength(1);
  });

  it("returns the stock of a cancelled order exactly once, however many cancel at once", async () => {
    const { order, variantId } = await placed("bank_transfer", 5);
    expect(await stockOf(db, variantId)).toBe(3);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        transitionOrder(db, order.id, "cancel", { actor: staff, reason: "Customer asked" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await stockOf(db, variantId)).toBe(5);
    expect(await timeline(order.id)).toEqual(["placed", "stock_released", "cancelled"]);
    const cancelled = (await outboxFor(order.id)).find((e) => e.name === "shop/order.cancelled");
    expect(cancelled?.payload).toMatchObject({ reason: "Customer asked", currency: "USD" });
    expect(cancelled?.payload.refundAmount).toBeUndefined();
  });

  it("refunds a paid manual order by hand, in part and then in full", async () => {
    const { order, variantId } = await placed();
    await transitionOrder(db, order.id, "mark_paid", { actor: staff });
    expect(
      await transitionOrder(db, order.id, "refund", { actor: staff, amount: 1000, reason: "Scratched" }),
    ).toMatchObject({
      ok: true,
      order: { status: "paid", refundedAmount: 1000 },
    });
    expect(await transitionOrder(db, order.id, "refund", { actor: staff, amount: order.totalAmount })).toMatchObject({
      ok: false,
    });
    expect(await transitionOrder(db, order.id, "refund", { actor: staff })).toMatchObject({
      ok: true,
      order: { status: "refunded", refundedAmount: order.totalAmount },
    });
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.id));
    expect(rows.map((r) => [r.amount, r.method, r.reason])).toEqual([
      [1000, "manual", "Scratched"],
      [order.totalAmount - 1000, "manual", null],
    ]);
    // Refunded before it shipped: the goods go back on the shelf.
    expect(await stockOf(db, variantId)).toBe(5);
    const refundEvents = (await outboxFor(order.id)).filter((e) => e.name === "shop/order.refunded");
    expect(refundEvents.map((e) => e.payload.amount)).toEqual([1000, order.totalAmount - 1000]);
  });

  it("cancels a paid manual order with a full refund in one step", async () => {
    const { order, variantId } = await placed();
    await transitionOrder(db, order.id, "mark_paid", { actor: staff });
    expect(await transitionOrder(db, order.id, "cancel", { actor: staff })).toMatchObject({
      ok: true,
      order: { status: "cancelled", refundedAmount: order.totalAmount },
    });
    expect(await stockOf(db, variantId)).toBe(5);
    const cancelled = (await outboxFor(order.id)).find((e) => e.name === "shop/order.cancelled");
    expect(cancelled?.payload.refundAmount).toBe(order.totalAmount);
  });

  it("refuses an unknown order", async () => {
    expect(await transitionOrder(db, 987654, "pack", { actor: staff })).toEqual({
      ok: false,
      message: "This order does not exist.",
    });
    expect(await db.$count(orders, eq(orders.id, 987654))).toBe(0);
  });
});
