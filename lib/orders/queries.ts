import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { db as defaultDb, type DbOrTx } from "@/db";
import {
  type Order,
  type OrderEvent,
  orderEvents,
  orderLines,
  orders,
  type Payment,
  payments,
  users,
} from "@/db/schema";
import { getSessionUser } from "@/lib/auth";
import { isAccessTokenShape, normalizeOrderNumber, tokensMatch } from "./identifiers";
import { bankTransferDetails } from "./payment-settings";
import { bankTransferInstructions, loadOrderLines } from "./snapshot";
import { CUSTOMER_VISIBLE_EVENTS } from "./timeline";

// The shopper's order reads. Authorization lives here (docs/architecture.md): an order opens for its
// owner's account, or with the access token from the confirmation link and emails; an
// order number alone opens nothing, and "not yours" looks exactly like "no such order".

export type OrderView = {
  order: Order;
  lines: Awaited<ReturnType<typeof loadOrderLines>>;
  timeline: OrderEvent[];
  payment: Payment | null;
  /** How to pay, and whether the payee is still the built-in example (demo). */
  bankTransfer: (ReturnType<typeof bankTransferInstructions> & { demo: boolean }) | null;
};

export type Viewer = { userId: string | null; token?: string | null };

async function byNumber(db: DbOrTx, number: string): Promise<Order | null> {
  const normalized = normalizeOrderNumber(number);
  if (!normalized) return null;
  const [order] = await db.select().from(orders).where(eq(orders.number, normalized));
  return order ?? null;
}

export function canView(order: Pick<Order, "userId" | "accessToken">, viewer: Viewer): boolean {
  if (viewer.userId && order.userId === viewer.userId) return true;
  return isAccessTokenShape(viewer.token) && tokensMatch(viewer.token, order.accessToken);
}

async function viewOf(db: DbOrTx, order: Order): Promise<OrderView> {
  const [lines, timeline, [payment]] = await Promise.all([
    loadOrderLines(db, order.id),
    db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), inArray(orderEvents.type, [...CUSTOMER_VISIBLE_EVENTS])))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    db.select().from(payments).where(eq(payments.orderId, order.id)),
  ]);
  const payee = order.paymentMethod === "bank_transfer" ? await bankTransferDetails(db) : null;
  return {
    order,
    lines,
    timeline,
    payment: payment ?? null,
    bankTransfer: payee ? { ...bankTransferInstructions(order, payee), demo: payee.demo } : null,
  };
}

/** The order if this viewer may see it, else null (for a 404). */
export async function findOrderForViewer(
  number: string,
  viewer: Viewer,
  db: DbOrTx = defaultDb,
): Promise<OrderView | null> {
  const order = await byNumber(db, number);
  if (!order || !canView(order, viewer)) return null;
  return viewOf(db, order);
}

/** For the order pages: the signed-in owner, or whoever holds the access token. */
export async function getOrderForViewer(number: string, token: string | null | undefined): Promise<OrderView | null> {
  const user = await getSessionUser();
  return findOrderForViewer(number, { userId: user?.id ?? null, token });
}

/**
 * The orders an account owns: its own, and the guest orders placed with its email once that
 * address is verified. Before verification the email proves nothing (anyone may register an
 * address they do not read), so those guest orders stay out of reach.
 */
function ownedByAccount(userId: string): SQL {
  const verifiedEmail = sql`(select ${users.email} from ${users} where ${and(eq(users.id, userId), isNotNull(users.emailVerified))})`;
  return or(eq(orders.userId, userId), and(isNull(orders.userId), eq(orders.email, verifiedEmail)))!;
}

export type OrderSummary = Pick<
  Order,
  "id" | "number" | "status" | "createdAt" | "totalAmount" | "currency" | "paymentMethod"
> & { itemCount: number };

/** An account's order history, newest first, with its guest orders once its email is verified. */
export async function listOrdersForUser(userId: string, db: DbOrTx = defaultDb): Promise<OrderSummary[]> {
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      createdAt: orders.createdAt,
      totalAmount: orders.totalAmount,
      currency: orders.currency,
      paymentMethod: orders.paymentMethod,
    })
    .from(orders)
    .where(ownedByAccount(userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(200);
  const counts = new Map<number, number>();
  if (rows.length > 0) {
    const totals = await db
      .select({ orderId: orderLines.orderId, items: sql<number>`sum(${orderLines.quantity})` })
      .from(orderLines)
      .where(
        inArray(
          orderLines.orderId,
          rows.map((r) => r.id),
        ),
      )
      .groupBy(orderLines.orderId);
    for (const t of totals) counts.set(t.orderId, Number(t.items));
  }
  return rows.map((r) => ({ ...r, itemCount: counts.get(r.id) ?? 0 }));
}

/** An account's order by number: its owner only (a guest order of its verified email included). */
export async function getAccountOrder(
  userId: string,
  number: string,
  db: DbOrTx = defaultDb,
): Promise<OrderView | null> {
  const normalized = normalizeOrderNumber(number);
  if (!normalized) return null;
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.number, normalized), ownedByAccount(userId)));
  return order ? viewOf(db, order) : null;
}
