import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { orderEvents, orderLines, orders, payments, refunds, users } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import { type OrderFilters, orderFilter } from "./order-filter";

export type { OrderFilters } from "./order-filter";
import { ADMIN_PAGE_SIZE } from "./product-reads";

// Held orders (high risk, not approved, still open: lib/risk) wait for a person, so they lead the list.
const held = sql<boolean>`(${orders.riskLevel} = 'high' AND ${orders.riskApprovedAt} IS NULL AND ${orders.status} IN ('awaiting_payment', 'placed', 'paid'))`;

export async function listAdminOrders(filters: OrderFilters) {
  await requireStaff("/admin/orders");
  const where = orderFilter(filters);
  const [counted] = await db
    .select({ n: count() })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(where);
  const total = counted?.n ?? 0;
  const { page, pageCount, offset } = pageOf({ page: filters.page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      email: orders.email,
      customerName: orders.customerName,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      paymentStatus: payments.status,
      totalAmount: orders.totalAmount,
      currency: orders.currency,
      createdAt: orders.createdAt,
      needsAttention: orders.needsAttention,
      riskLevel: orders.riskLevel,
      riskReasons: orders.riskReasons,
      held,
    })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(where)
    .orderBy(desc(held), desc(orders.createdAt), desc(orders.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { rows, page, total, pageCount };
}

export async function getAdminOrder(id: number) {
  await requireStaff(`/admin/orders/${id}`);
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return null;
  const [lines, events, [payment], orderRefunds] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, id)).orderBy(asc(orderLines.position)),
    // With the staff member's name or email, for the timeline's "by".
    db
      .select({
        id: orderEvents.id,
        type: orderEvents.type,
        actor: orderEvents.actor,
        data: orderEvents.data,
        createdAt: orderEvents.createdAt,
        staffName: users.name,
        staffEmail: users.email,
      })
      .from(orderEvents)
      .leftJoin(users, and(eq(orderEvents.actor, "staff"), eq(users.id, orderEvents.actorId)))
      .where(eq(orderEvents.orderId, id))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    db.select().from(payments).where(eq(payments.orderId, id)),
    db.select().from(refunds).where(eq(refunds.orderId, id)).orderBy(asc(refunds.id)),
  ]);
  return { order, lines, events, payment: payment ?? null, refunds: orderRefunds };
}

/** What a packing slip shows: where it goes and what is in it, without prices. */
export async function getPackingSlip(id: number) {
  await requireStaff(`/admin/orders/${id}/packing-slip`);
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      createdAt: orders.createdAt,
      customerName: orders.customerName,
      shippingAddress: orders.shippingAddress,
      shippingMethodLabel: orders.shippingMethodLabel,
    })
    .from(orders)
    .where(eq(orders.id, id));
  if (!order) return null;
  const lines = await db
    .select({
      id: orderLines.id,
      productName: orderLines.productName,
      variantTitle: orderLines.variantTitle,
      sku: orderLines.sku,
      quantity: orderLines.quantity,
      refundedQuantity: orderLines.refundedQuantity,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, id))
    .orderBy(asc(orderLines.position));
  return { order, lines };
}
