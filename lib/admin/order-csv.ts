import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders, payments } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { toDecimalString } from "@/lib/catalog";
import { toCsv } from "./csv";
import { type OrderFilters, orderFilter } from "./order-filter";

export const ORDER_CSV_HEADER = [
  "number",
  "placed_at",
  "status",
  "payment_method",
  "payment_status",
  "email",
  "customer_name",
  "currency",
  "subtotal",
  "discount",
  "shipping",
  "tax",
  "total",
  "refunded",
  "discount_code",
  "carrier",
  "tracking_number",
] as const;

/** One row per order, with the order list's filters. Staff only. */
export async function exportOrdersCsv(db: Db, filters: OrderFilters): Promise<string> {
  // Checked here as well as in the route: a read is not reached only through its page.
  await requireStaff("/admin/orders");
  const rows = await db
    .select({ o: orders, paymentStatus: payments.status })
    .from(orders)
    .leftJoin(payments, eq(payments.orderId, orders.id))
    .where(orderFilter(filters))
    .orderBy(desc(orders.createdAt));
  const m = (amount: number, currency: string) => toDecimalString({ amount, currency });
  return toCsv(
    ORDER_CSV_HEADER,
    rows.map(({ o, paymentStatus }) => [
      o.number,
      o.createdAt.toISOString(),
      o.status,
      o.paymentMethod,
      paymentStatus ?? "",
      o.email,
      o.customerName,
      o.currency,
      m(o.subtotalAmount, o.currency),
      m(o.discountAmount, o.currency),
      m(o.shippingAmount, o.currency),
      m(o.taxAmount, o.currency),
      m(o.totalAmount, o.currency),
      m(o.refundedAmount, o.currency),
      o.discountCode ?? "",
      o.carrier ?? "",
      o.trackingNumber ?? "",
    ]),
  );
}
