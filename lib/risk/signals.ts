import { and, avg, count, eq, gt, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { type Order, orderEvents, orders } from "@/db/schema";

// What the fraud check reads about the orders around this one, inside the caller's
// transaction. Each count includes this order (it is already written), so "4 orders in the
// last 24 hours" is what staff would count themselves.

const HOUR_MS = 3_600_000;
// The average a first order is compared with: paid orders of the last 90 days, and only once
// there are enough of them to speak of an average.
const AVERAGE_DAYS = 90;
const AVERAGE_MIN_ORDERS = 5;

const since = (order: Order, hours: number) => new Date(order.createdAt.getTime() - hours * HOUR_MS);

export async function ordersByEmail(tx: Tx, order: Order, hours: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.email, order.email), gt(orders.createdAt, since(order, hours)), ne(orders.id, order.id)));
  return Number(row?.n ?? 0) + 1;
}

/** Through the staff-only "placed_from" entries, which keep each checkout's IP as a keyed digest. */
export async function ordersByIp(tx: Tx, order: Order, ipDigest: string, hours: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .innerJoin(orderEvents, and(eq(orderEvents.orderId, orders.id), eq(orderEvents.type, "placed_from")))
    .where(
      and(
        gt(orders.createdAt, since(order, hours)),
        ne(orders.id, order.id),
        sql`${orderEvents.data}->>'ip' = ${ipDigest}`,
      ),
    );
  return Number(row?.n ?? 0) + 1;
}

export async function ordersByCard(tx: Tx, order: Order, fingerprint: string, hours: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .where(
      and(eq(orders.cardFingerprint, fingerprint), gt(orders.createdAt, since(order, hours)), ne(orders.id, order.id)),
    );
  return Number(row?.n ?? 0) + 1;
}

export async function isFirstOrder(tx: Tx, order: Order): Promise<boolean> {
  const [earlier] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.email, order.email), ne(orders.id, order.id)))
    .limit(1);
  return earlier === undefined;
}

/** The store's average paid order in this currency (minor units), or null without enough orders. */
export async function averageOrderTotal(tx: Tx, order: Order): Promise<number | null> {
  const [row] = await tx
    .select({ n: count(), average: avg(orders.totalAmount) })
    .from(orders)
    .where(
      and(
        isNotNull(orders.paidAt),
        eq(orders.currency, order.currency),
        gt(orders.createdAt, new Date(order.createdAt.getTime() - AVERAGE_DAYS * 24 * HOUR_MS)),
        ne(orders.id, order.id),
      ),
    );
  if (!row || Number(row.n) < AVERAGE_MIN_ORDERS || row.average === null) return null;
  return Number(row.average);
}

// The same "open" as the checkout's cap (lib/checkout/open-orders.ts): manual, not yet taken up, unpaid.
const openUnpaid = and(
  inArray(orders.paymentMethod, ["bank_transfer", "cash_on_delivery"]),
  inArray(orders.status, ["awaiting_payment", "placed"]),
  isNull(orders.paidAt),
);

export async function openUnpaidByEmail(tx: Tx, order: Order): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .where(and(openUnpaid, eq(orders.email, order.email)));
  return Number(row?.n ?? 0);
}

export async function openUnpaidByIp(tx: Tx, ipDigest: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .innerJoin(orderEvents, and(eq(orderEvents.orderId, orders.id), eq(orderEvents.type, "placed_from")))
    .where(and(openUnpaid, sql`${orderEvents.data}->>'ip' = ${ipDigest}`));
  return Number(row?.n ?? 0);
}
