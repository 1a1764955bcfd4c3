import { eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, orders, productVariants, refunds } from "@/db/schema";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, form, signInAs } from "./admin-helpers";
import { insertOrder } from "./helpers/order-rows";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { orderTransitionAction } = await import("@/app/admin/orders/actions");

async function placeOrder(
  paymentMethod: "bank_transfer" | "cash_on_delivery",
  status: "awaiting_payment" | "placed" | "paid",
) {
  const [variant] = await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1"));
  return insertOrder(db, {
    email: "shopper@example.com",
    status,
    paymentMethod,
    lines: [
      { productId: variant!.productId, variantId: variant!.id, name: "Camp Stove", sku: "STOVE-1", unitPrice: 5000 },
    ],
    payment: {},
  });
}

const act = (orderId: number, action: string, extra: Record<string, string> = {}) =>
  orderTransitionAction(
    form({ orderId: String(orderId), action, idempotencyKey: `key-${Math.random().toString(36).slice(2)}`, ...extra }),
  );

beforeAll(async () => {
  await insertCatalogFixture(db);
});
beforeEach(async () => {
  signInAs(await createUser("staff"));
});

describe("order actions through the orders module", () => {
  it("refuses illegal transitions with the module's message", async () => {
    const order = await placeOrder("bank_transfer", "awaiting_payment");
    expect(await act(order.id, "ship", { carrier: "UPS", trackingNumber: "1Z" })).toEqual({
      ok: false,
      formError: "This order is not paid yet.",
    });
    expect(await act(order.id, "deliver")).toMatchObject({
      ok: false,
      formError: "A awaiting payment order cannot be marked delivered.",
    });
    expect(await act(order.id, "refund", { confirm: "yes" })).toMatchObject({
      ok: false,
      formError: "This order has not been paid, so there is nothing to refund.",
    });
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe("awaiting_payment");
  });

  it("marks paid, packs, ships with tracking and delivers, audited", async () => {
    const order = await placeOrder("bank_transfer", "awaiting_payment");
    expect(await act(order.id, "mark_paid", { paymentReference: "BANK-123" })).toMatchObject({
      ok: true,
      data: { status: "paid" },
    });
    expect(await act(order.id, "pack")).toMatchObject({ ok: true, data: { status: "packed" } });
    expect(await act(order.id, "ship", { carrier: "UPS", trackingNumber: "" })).toEqual({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: { trackingNumber: ["Enter the tracking number."] },
    });
    expect(
      await act(order.id, "ship", {
        carrier: "UPS",
        trackingNumber: "1Z999",
        trackingUrl: "https://ups.example/1Z999",
      }),
    ).toMatchObject({ ok: true, data: { status: "shipped" } });
    expect(await act(order.id, "deliver")).toMatchObject({ ok: true, data: { status: "delivered" } });
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999", trackingUrl: "https://ups.example/1Z999" });
    const audits = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(order.id)));
    expect(audits.map((a) => a.action)).toEqual(["order.mark_paid", "order.pack", "order.ship", "order.deliver"]);
    const ship = audits.find((a) => a.action === "order.ship");
    expect(ship).toMatchObject({
      before: { status: "packed", trackingNumber: null },
      after: { status: "shipped", carrier: "UPS", trackingNumber: "1Z999" },
    });
  });

  it("writes the audit row in the order's transaction: if it cannot be written, the order is unchanged", async () => {
    const order = await placeOrder("cash_on_delivery", "placed");
    // A database-level fault on the audit insert only: the status change must roll back with it.
    await db.execute(
      sql`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit table unavailable'; END $$`,
    );
    await db.execute(
      sql`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      await expect(act(order.id, "pack")).rejects.toThrow();
    } finally {
      await db.execute(sql`DROP TRIGGER refuse_audit ON audit_log`);
      await db.execute(sql`DROP FUNCTION refuse_audit()`);
    }
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: "placed", packedAt: null });
    expect(await act(order.id, "pack")).toMatchObject({ ok: true, data: { status: "packed" } });
  });

  it("a partial refund posted twice with the same form key refunds once", async () => {
    const order = await placeOrder("cash_on_delivery", "placed");
    expect(await act(order.id, "mark_paid")).toMatchObject({ ok: true });
    const post = () =>
      orderTransitionAction(
        form({
          orderId: String(order.id),
          action: "refund",
          idempotencyKey: "refund-form-1",
          amount: "12.50",
          refundMethod: "manual",
          confirm: "yes",
        }),
      );
    expect(await post()).toMatchObject({ ok: true });
    expect(await post()).toMatchObject({ ok: true, message: expect.stringContaining("Already done") });
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(1);
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]?.refundedAmount).toBe(1250);
    expect(await act(order.id, "refund", { amount: "60.00", confirm: "yes" })).toEqual({
      ok: false,
      formError: "Please correct the highlighted fields.",
      fieldErrors: { amount: ["The refund is more than what is left to refund on this order."] },
    });
  });

  it("cancel returns the stock", async () => {
    const order = await placeOrder("bank_transfer", "awaiting_payment");
    const stock = async () =>
      (await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1")))[0]!.stock;
    const before = await stock();
    expect(await act(order.id, "cancel", { reason: "Customer asked", confirm: "yes" })).toMatchObject({
      ok: true,
      data: { status: "cancelled" },
    });
    expect(await stock()).toBe(before + 1);
  });
});

describe("dashboard reads", () => {
  it("sums revenue per day for 30 days, zero-filled, and ranks top products", async () => {
    const { dailySales, topProducts, recentOrders } = await import("@/lib/admin/dashboard-reads");
    const days = await dailySales(30);
    expect(days).toHaveLength(30);
    const today = days.at(-1)!;
    // Paid/fulfilled orders from the tests above count; cancelled and unpaid ones do not.
    expect(today.orders).toBeGreaterThanOrEqual(2);
    expect(today.revenue).toBeGreaterThan(0);
    expect((await topProducts(30, 5))[0]).toMatchObject({ name: "Camp Stove" });
    expect((await recentOrders(3)).length).toBe(3);
  });

  it("counts every placed order but only paid money, net of refunds, on the day it was placed", async () => {
    const { dailySales } = await import("@/lib/admin/dashboard-reads");
    const today = async () => (await dailySales(30)).at(-1)!;
    const before = await today();
    const paid = await placeOrder("bank_transfer", "paid");
    await db.update(orders).set({ paidAt: new Date(), refundedAmount: 1200 }).where(eq(orders.id, paid.id));
    await placeOrder("cash_on_delivery", "placed"); // placed, not paid yet
    await placeOrder("bank_transfer", "awaiting_payment"); // not an order until paid
    const cancelled = await placeOrder("bank_transfer", "awaiting_payment");
    await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, cancelled.id));
    const old = await placeOrder("bank_transfer", "paid");
    await db
      .update(orders)
      .set({ paidAt: new Date(), createdAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(orders.id, old.id));

    const after = await today();
    expect(after.orders - before.orders).toBe(2);
    expect(after.revenue - before.revenue).toBe(5000 - 1200);
  });
});
