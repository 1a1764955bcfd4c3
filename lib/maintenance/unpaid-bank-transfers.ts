import { and, asc, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { type Order, orders } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import {
  alreadyApplied,
  appendOrderEvent,
  applyTransition,
  bankTransferDetails,
  bankTransferInstructions,
  invalidateStockCaches,
  loadOrder,
  orderRef,
} from "@/lib/orders";

// A bank-transfer order holds its stock from the moment it is placed. If the money has not
// arrived `days` after placing (BANK_TRANSFER_DAYS), the daily run cancels it exactly as a
// staff cancel does (applyTransition: stock back once, timeline entry, cancellation email
// through the outbox); the run a day earlier reminds the shopper, once per order. Both
// re-check the order under its row lock, so a payment staff record meanwhile always wins.

const DAY_MS = 86_400_000;
const CANCEL_REASON = (days: number) => `No bank transfer arrived within ${days} days of placing the order.`;

const unpaidTransfer = and(
  eq(orders.paymentMethod, "bank_transfer"),
  eq(orders.status, "awaiting_payment"),
  isNull(orders.paidAt),
);
const stillUnpaid = (order: Order | null): order is Order =>
  order !== null &&
  order.paymentMethod === "bank_transfer" &&
  order.status === "awaiting_payment" &&
  order.paidAt === null;

/** The day the order is cancelled if still unpaid. */
export function bankTransferDeadline(placedAt: Date, days: number): Date {
  return new Date(placedAt.getTime() + days * DAY_MS);
}

/** Unpaid transfers placed in the window, oldest first (by the status index). */
async function candidates(db: Db, placedAfter: Date | null, placedAtOrBefore: Date): Promise<number[]> {
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        unpaidTransfer,
        lte(orders.createdAt, placedAtOrBefore),
        placedAfter ? gt(orders.createdAt, placedAfter) : undefined,
      ),
    )
    .orderBy(asc(orders.createdAt));
  return rows.map((r) => r.id);
}

async function lockedUnpaid(tx: Tx, orderId: number): Promise<Order | null> {
  const order = await loadOrder(tx, orderId, { lock: true });
  return stillUnpaid(order) ? order : null;
}

/** Emails the shopper whose transfer is due within a day; once per order. Returns how many were reminded. */
export async function remindUnpaidBankTransfers(db: Db, { now, days }: { now: Date; days: number }): Promise<number> {
  let reminded = 0;
  const ids = await candidates(
    db,
    new Date(now.getTime() - days * DAY_MS),
    new Date(now.getTime() - (days - 1) * DAY_MS),
  );
  for (const id of ids) {
    const sent = await db.transaction(async (tx) => {
      const order = await lockedUnpaid(tx, id);
      const key = `payment-reminder:${id}`;
      if (!order || (await alreadyApplied(tx, key))) return false;
      const cancelAfter = bankTransferDeadline(order.createdAt, days);
      await appendOrderEvent(tx, {
        orderId: id,
        type: "payment_reminder_sent",
        actor: { kind: "system" },
        idempotencyKey: key,
        data: { cancelAfter: cancelAfter.toISOString() },
      });
      await enqueueEvent(tx, "shop/order.payment-reminder", {
        ...orderRef(order),
        currency: order.currency,
        bankTransfer: bankTransferInstructions(order, await bankTransferDetails(tx)),
        cancelAfter: cancelAfter.toISOString(),
      });
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}

/** Cancels unpaid transfers past their deadline, stock back and shopper emailed. Returns how many. */
export async function cancelUnpaidBankTransfers(db: Db, { now, days }: { now: Date; days: number }): Promise<number> {
  let cancelled = 0;
  for (const id of await candidates(db, null, new Date(now.getTime() - days * DAY_MS))) {
    const result = await db.transaction(async (tx) => {
      const order = await lockedUnpaid(tx, id);
      if (!order) return null;
      return applyTransition(tx, order, "cancel", {
        actor: { kind: "system" },
        reason: CANCEL_REASON(days),
        idempotencyKey: `bank-transfer-expired:${id}`,
      });
    });
    if (!result?.ok || result.duplicate) continue;
    cancelled += 1;
    // Once committed: the product pages show the stock that came back.
    if (result.stock.length > 0) await invalidateStockCaches(result.stock);
  }
  return cancelled;
}
