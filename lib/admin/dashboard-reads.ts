import "server-only";
import { desc, sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { orders } from "@/db/schema";
import { requireStaff } from "@/lib/auth/session";

export type DailySales = { day: string; orders: number; revenue: number };

/**
 * Revenue and order count per UTC day for the last `days` days, zero-filled. Revenue counts
 * orders not cancelled and not awaiting payment, net of refunds.
 */
export async function dailySales(days = 30): Promise<DailySales[]> {
  await requireStaff("/admin");
  return selectRows<DailySales>(
    db,
    sql`select to_char(d.day, 'YYYY-MM-DD') as day,
               count(o.id)::int as orders,
               coalesce(sum(o.total_amount - o.refunded_amount), 0)::int as revenue
          from generate_series((now() at time zone 'utc')::date - ${days - 1}::int, (now() at time zone 'utc')::date, interval '1 day') as d(day)
          left join orders o on (o.created_at at time zone 'utc')::date = d.day::date
                            and o.status not in ('cancelled', 'awaiting_payment')
         group by d.day order by d.day`,
  );
}

export async function topProducts(days = 30, limit = 5) {
  await requireStaff("/admin");
  return selectRows<{ productId: number | null; name: string; units: number; revenue: number }>(
    db,
    sql`select l.product_id as "productId", min(l.product_name) as name, sum(l.quantity)::int as units, sum(l.line_subtotal - l.line_discount)::int as revenue
          from order_lines l join orders o on o.id = l.order_id
         where o.created_at >= now() - make_interval(days => ${days}::int) and o.status not in ('cancelled', 'awaiting_payment')
         group by l.product_id order by units desc, revenue desc limit ${limit}`,
  );
}

export async function recentOrders(limit = 8) {
  await requireStaff("/admin");
  return db
    .select({ id: orders.id, number: orders.number, customerName: orders.customerName, status: orders.status, totalAmount: orders.totalAmount, currency: orders.currency, createdAt: orders.createdAt })
    .from(orders)
    .orderBy(desc(orders.createdAt))
    .limit(limit);
}
