import "server-only";
import { desc, sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { orders } from "@/db/schema";
import { requireStaff } from "@/lib/auth";

export type DailySales = { day: string; orders: number; revenue: number };

/**
 * Orders placed and revenue per UTC day for the last `days` days, zero-filled. Orders count
 * everything placed except cancelled and still-unpaid card orders; revenue counts only
 * orders that were paid, net of what was refunded.
 */
export async function dailySales(days = 30): Promise<DailySales[]> {
  await requireStaff("/admin");
  return selectRows<DailySales>(
    db,
    sql`with span as (select (now() at time zone 'utc')::date - ${days - 1}::int as first_day),
             placed as (
               select (o.created_at at time zone 'utc')::date as day, o.total_amount - o.refunded_amount as net, o.paid_at
                 from orders o, span
                where o.created_at >= span.first_day::timestamp at time zone 'utc'
                  and o.status not in ('cancelled', 'awaiting_payment'))
        select to_char(d.day, 'YYYY-MM-DD') as day,
               count(p.day)::int as orders,
               coalesce(sum(p.net) filter (where p.paid_at is not null), 0)::int as revenue
          from span, generate_series(span.first_day, (now() at time zone 'utc')::date, interval '1 day') as d(day)
          left join placed p on p.day = d.day::date
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
    .select({
      id: orders.id,
      number: orders.number,
      customerName: orders.customerName,
      status: orders.status,
      totalAmount: orders.totalAmount,
      currency: orders.currency,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .orderBy(desc(orders.createdAt))
    .limit(limit);
}
