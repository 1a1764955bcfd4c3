import "server-only";
import { count, desc, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { db, selectRows } from "@/db";
import { orders } from "@/db/schema";
import { requireStaff } from "@/lib/auth";

// The owner's dashboard. Days are the store's days: an order belongs to the calendar day of
// its placing in the store's time zone (the store settings' timeZone, UTC by default), so
// "today" ends at the store's midnight, not the server's.

export type DailySales = { day: string; orders: number; revenue: number };
/** Calendar days in the store's zone, both ends included, as YYYY-MM-DD. */
export type DayRange = { from: string; to: string };
export type SalesSummary = { orders: number; paidOrders: number; revenue: number; averageOrder: number };

/** The longest custom range the dashboard draws (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

const isoDay = z.iso.date();

/** Today's date in `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last `days` days up to today in `timeZone` (1 = today only). */
export function lastDays(days: number, timeZone: string, now = new Date()): DayRange {
  const to = todayIn(timeZone, now);
  return { from: addDays(to, 1 - days), to };
}

export function rangeLength({ from, to }: DayRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * A custom range from the dashboard's from/to inputs: both real dates, in order and at most
 * MAX_RANGE_DAYS long; otherwise a refusal to show beside the inputs.
 */
export function parseDayRange(input: {
  from?: string;
  to?: string;
}): { ok: true; range: DayRange } | { ok: false; message: string } {
  const from = isoDay.safeParse(input.from);
  const to = isoDay.safeParse(input.to);
  if (!from.success || !to.success) return { ok: false, message: "Enter both dates as YYYY-MM-DD." };
  const range = { from: from.data, to: to.data };
  const length = rangeLength(range);
  if (length < 1) return { ok: false, message: "The start date must be on or before the end date." };
  if (length > MAX_RANGE_DAYS) return { ok: false, message: `Choose at most ${MAX_RANGE_DAYS} days.` };
  return { ok: true, range };
}

// The range's bounds as instants: from the store's midnight starting `from` to the one ending `to`.
const bounds = ({ from, to }: DayRange, timeZone: string) =>
  sql`o.created_at >= (${from}::date::timestamp at time zone ${timeZone})
      and o.created_at < ((${to}::date + 1)::timestamp at time zone ${timeZone})`;

// Orders count everything placed except cancelled and still-unpaid orders (a bank transfer
// is not a sale until the money comes); revenue counts only orders that were paid, net of
// what was refunded.
const counted = sql`o.status not in ('cancelled', 'awaiting_payment')`;
const paid = sql`o.paid_at is not null`;
const net = sql`o.total_amount - o.refunded_amount`;

/** Orders and net revenue per day of the range, zero-filled. */
export async function salesByDay(range: DayRange, timeZone = "UTC"): Promise<DailySales[]> {
  await requireStaff("/admin");
  const rows = await selectRows<DailySales>(
    db,
    sql`with placed as (
          select (o.created_at at time zone ${timeZone})::date as day, ${net} as net, o.paid_at
            from orders o where ${bounds(range, timeZone)} and ${counted})
        select to_char(d.day, 'YYYY-MM-DD') as day,
               count(p.day)::int as orders,
               coalesce(sum(p.net) filter (where p.paid_at is not null), 0)::int as revenue
          from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as d(day)
          left join placed p on p.day = d.day::date
         group by d.day order by d.day`,
  );
  return rows.map((r) => ({ day: r.day, orders: Number(r.orders), revenue: Number(r.revenue) }));
}

/** Orders per day for the last `days` days (UTC unless a zone is given). */
export async function dailySales(days = 30, timeZone = "UTC"): Promise<DailySales[]> {
  return salesByDay(lastDays(days, timeZone), timeZone);
}

/**
 * A range's totals: orders placed, the paid ones, their revenue net of refunds and the
 * average paid order (net, rounded to the minor unit; 0 without paid orders).
 */
export async function salesSummary(range: DayRange, timeZone = "UTC"): Promise<SalesSummary> {
  await requireStaff("/admin");
  const [row] = await selectRows<{ orders: number; paidOrders: number; revenue: number }>(
    db,
    sql`select count(*)::int as orders,
               count(*) filter (where ${paid})::int as "paidOrders",
               coalesce(sum(${net}) filter (where ${paid}), 0)::int as revenue
          from orders o where ${bounds(range, timeZone)} and ${counted}`,
  );
  const paidOrders = Number(row?.paidOrders ?? 0);
  const revenue = Number(row?.revenue ?? 0);
  return {
    orders: Number(row?.orders ?? 0),
    paidOrders,
    revenue,
    averageOrder: paidOrders ? Math.round(revenue / paidOrders) : 0,
  };
}

/**
 * What needs doing: orders to ship (paid, or cash on delivery, and not shipped yet) and
 * orders waiting for their payment.
 */
export async function fulfilmentCounts(): Promise<{
  toShip: number;
  awaitingPayment: number;
  /** toShip by status, for links to the filtered order list. */
  toShipByStatus: { placed: number; paid: number; packed: number };
}> {
  await requireStaff("/admin");
  const rows = await db
    .select({ status: orders.status, n: count() })
    .from(orders)
    .where(inArray(orders.status, ["placed", "paid", "packed", "awaiting_payment"]))
    .groupBy(orders.status);
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  const toShipByStatus = { placed: of("placed"), paid: of("paid"), packed: of("packed") };
  return {
    toShip: toShipByStatus.placed + toShipByStatus.paid + toShipByStatus.packed,
    awaitingPayment: of("awaiting_payment"),
    toShipByStatus,
  };
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
