import "server-only";
import { and, asc, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { type OrderStatus, orderEvents, orderLines, orders, type PaymentStatus, payments, refunds } from "@/db/schema";
import { requireStaff } from "@/lib/auth/session";
import { ADMIN_PAGE_SIZE } from "./product-reads";

export type OrderFilters = { status?: OrderStatus; paymentStatus?: PaymentStatus; from?: string; to?: string; email?: string; page?: number };

const isDate = (v: string | undefined): v is string => Boolean(v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));

/** The WHERE for the order list and the CSV export; `to` is inclusive of that whole day (UTC). */
export function orderFilter(f: OrderFilters): SQL | undefined {
  const where: SQL[] = [];
  if (f.status) where.push(eq(orders.status, f.status));
  if (f.paymentStatus) where.push(eq(payments.status, f.paymentStatus));
  if (isDate(f.from)) where.push(gte(orders.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (isDate(f.to)) where.push(lt(orders.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)));
  const email = f.email?.trim();
  if (email) where.push(ilike(orders.email, `%${email.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return where.length ? and(...where) : undefined;
}

export async function listAdminOrders(filters: OrderFilters) {
  await requireStaff("/admin/orders");
  const where = orderFilter(filters);
  const page = Math.max(1, filters.page ?? 1);
  const rows = await db
    .select({ id: orders.id, number: orders.number, email: orders.email, customerName: orders.customerName, status: orders.status, paymentMethod: orders.paymentMethod, paymentStatus: payments.status, totalAmount: orders.totalAmount, currency: orders.currency, createdAt: orders.createdAt, needsAttention: orders.needsAttention })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(orders).leftJoin(payments, eq(payments.orderId, orders.id)).where(where);
  return { rows, page, total: total?.n ?? 0, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / ADMIN_PAGE_SIZE)) };
}

export async function getAdminOrder(id: number) {
  await requireStaff(`/admin/orders/${id}`);
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return null;
  const [lines, events, [payment], orderRefunds] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, id)).orderBy(asc(orderLines.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    db.select().from(payments).where(eq(payments.orderId, id)),
    db.select().from(refunds).where(eq(refunds.orderId, id)).orderBy(asc(refunds.id)),
  ]);
  return { order, lines, events, payment: payment ?? null, refunds: orderRefunds };
}
