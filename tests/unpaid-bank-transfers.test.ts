import { and, asc, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { emails, orderEvents, orders, outbox, settings } from "@/db/schema";
import { createLogSender } from "@/lib/email/sender";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { inProcessTransport } from "@/lib/outbox/transports";
import { runMaintenance } from "@/lib/maintenance/run";
import { transitionOrder } from "@/lib/orders/transition";
import { settingsDefaults } from "@/lib/settings";
import { insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";
import { resetOutbox } from "./helpers/outbox";

// A bank-transfer order holds its stock until the money arrives. The payment settings'
// bankTransferDays (7 here)
// after placing, the daily housekeeping cancels an order still unpaid, exactly as staff
// would: stock back, a timeline entry, the cancellation email; a day before, the shopper is
// reminded, once. A paid order is never touched.

const DAY = 86_400_000;
const days = 7;
const carts = { purgeExpired: async () => 0 };
const maintain = (now = new Date()) => runMaintenance(db, { now, carts });
const deliver = () =>
  createDispatcher({
    db,
    transport: inProcessTransport({ context: () => ({ db, email: createLogSender() }) }),
    backoff: () => 0,
    maxAttempts: 1,
    onError: () => {},
  }).drain();

/** A bank-transfer order of 2 items, as if placed `ageDays` ago. */
async function transferPlaced(ageDays: number, paymentMethod: "bank_transfer" | "cash_on_delivery" = "bank_transfer") {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2500, stock: 10 }] });
  const variantId = variantIds[0]!;
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId, quantity: 2 }],
    details: shopperDetails({ paymentMethod }),
  });
  if (!placed.ok) throw new Error(placed.message);
  const createdAt = new Date(Date.now() - ageDays * DAY);
  await db.update(orders).set({ createdAt }).where(eq(orders.id, placed.order.id));
  await db.delete(outbox).where(sql`true`);
  return { order: placed.order, variantId };
}

const orderNow = async (id: number) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const timeline = async (id: number) =>
  (await db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).orderBy(asc(orderEvents.id))).map((e) => ({
    type: e.type,
    actor: e.actor,
    data: e.data,
  }));
const emailsTo = async (to: string) =>
  db
    .select({ template: emails.template, subject: emails.subject, text: emails.text })
    .from(emails)
    .where(eq(emails.recipient, to))
    .orderBy(asc(emails.id));

beforeEach(async () => {
  await resetOutbox();
  const value = { ...settingsDefaults("payments"), bankTransferDays: days };
  await db
    .insert(settings)
    .values({ section: "payments", value })
    .onConflictDoUpdate({ target: settings.section, set: { value } });
});

describe("unpaid bank transfers", () => {
  it("cancels one unpaid after the settings' bankTransferDays: stock back, on the timeline, and the shopper emailed", async () => {
    const { order, variantId } = await transferPlaced(days + 0.5);
    expect(await stockOf(db, variantId)).toBe(8);

    expect(await maintain()).toMatchObject({ cancelledBankTransfers: 1, remindedBankTransfers: 0 });

    expect(await orderNow(order.id)).toMatchObject({
      status: "cancelled",
      paidAt: null,
      stockReleasedAt: expect.any(Date),
    });
    expect(await stockOf(db, variantId)).toBe(10);
    expect((await timeline(order.id)).slice(-2)).toEqual([
      { type: "stock_released", actor: "system", data: { lines: [{ variantId, name: "Trail Lantern", quantity: 2 }] } },
      {
        type: "cancelled",
        actor: "system",
        data: { reason: "No bank transfer arrived within 7 days of placing the order." },
      },
    ]);
    await deliver();
    const sent = await emailsTo(order.email);
    expect(sent).toEqual([
      expect.objectContaining({ template: "order-cancelled", subject: `Order ${order.number} has been cancelled` }),
    ]);
    expect(sent[0]!.text).toContain("No bank transfer arrived within 7 days");

    // The next day's run finds nothing more to do.
    expect(await maintain()).toMatchObject({ cancelledBankTransfers: 0, remindedBankTransfers: 0 });
    expect(await stockOf(db, variantId)).toBe(10);
  });

  it("reminds the shopper the day before, exactly once, with how to pay", async () => {
    const { order, variantId } = await transferPlaced(days - 0.5);

    expect(await maintain()).toMatchObject({ cancelledBankTransfers: 0, remindedBankTransfers: 1 });
    expect(await maintain(new Date(Date.now() + 60 * 60_000))).toMatchObject({ remindedBankTransfers: 0 });
    await deliver();

    const sent = await emailsTo(order.email);
    expect(sent).toEqual([
      expect.objectContaining({
        template: "payment-reminder",
        subject: `Order ${order.number} is waiting for your bank transfer`,
      }),
    ]);
    expect(sent[0]!.text).toContain(order.number);
    expect(sent[0]!.text).toMatch(/will cancel the order/);
    expect(await db.$count(outbox, eq(outbox.name, "shop/order.payment-reminder"))).toBe(1);
    expect(await orderNow(order.id)).toMatchObject({ status: "awaiting_payment" });
    expect(await stockOf(db, variantId)).toBe(8);
  });

  it("leaves paid transfers, recent ones and cash-on-delivery orders alone", async () => {
    const paid = await transferPlaced(days + 3);
    await transitionOrder(db, paid.order.id, "mark_paid", {
      actor: { kind: "staff", id: null },
      paymentReference: paid.order.number,
    });
    const recent = await transferPlaced(2);
    const cod = await transferPlaced(days + 3, "cash_on_delivery");

    expect(await maintain()).toMatchObject({ cancelledBankTransfers: 0, remindedBankTransfers: 0 });

    expect(await orderNow(paid.order.id)).toMatchObject({ status: "paid", stockReleasedAt: null });
    expect(await orderNow(recent.order.id)).toMatchObject({ status: "awaiting_payment" });
    expect(await orderNow(cod.order.id)).toMatchObject({ status: "placed" });
    for (const { variantId } of [paid, recent, cod]) expect(await stockOf(db, variantId)).toBe(8);
    expect(
      await db.$count(outbox, and(sql`${outbox.name} IN ('shop/order.cancelled', 'shop/order.payment-reminder')`)),
    ).toBe(0);
  });
});
