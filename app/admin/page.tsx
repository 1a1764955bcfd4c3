import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { DashboardPeriods } from "@/components/admin/dashboard-periods";
import { DashboardRangeForm } from "@/components/admin/dashboard-range-form";
import { SalesChart } from "@/components/admin/sales-chart";
import {
  fulfilmentCounts,
  lastDays,
  listLowStock,
  parseDayRange,
  recentOrders,
  salesByDay,
  salesSummary,
  topProducts,
} from "@/lib/admin";
import { requireStaff } from "@/lib/auth";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { orderStatusText } from "@/lib/orders";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Dashboard" };

type Params = { from?: string; to?: string };

export default async function AdminHome({ searchParams }: { searchParams: Promise<Params> }) {
  await connection();
  const user = await requireStaff("/admin");
  const p = await searchParams;
  const timeZone = (await getSettings("store")).timeZone || "UTC";
  const last30 = lastDays(30, timeZone);
  // No from/to: the last 30 days; a bad pair: the same, with the reason beside the inputs.
  const asked = p.from || p.to ? parseDayRange(p) : null;
  const range = asked?.ok ? asked.range : last30;
  const custom = asked?.ok ? asked.range : null;
  const [todo, today, week, month, chosen, sales, top, low, recent] = await Promise.all([
    fulfilmentCounts(),
    salesSummary(lastDays(1, timeZone), timeZone),
    salesSummary(lastDays(7, timeZone), timeZone),
    salesSummary(last30, timeZone),
    custom ? salesSummary(custom, timeZone) : null,
    salesByDay(range, timeZone),
    topProducts(30, 5),
    listLowStock(env.LOW_STOCK_THRESHOLD, 8),
    recentOrders(8),
  ]);
  const money = (amount: number, currency = env.STORE_CURRENCY) => formatMoney({ amount, currency });
  const card = "rounded-lg border border-gray-200 p-4";
  const rangeText = custom ? `${custom.from} to ${custom.to}` : "the last 30 days";
  return (
    <AdminPage
      title="Dashboard"
      description={`Signed in as ${user.email} (${user.role}). Days run midnight to midnight in ${timeZone}.`}
    >
      <section aria-labelledby="todo" className="grid gap-4 sm:grid-cols-2">
        <h2 id="todo" className="sr-only">
          To do
        </h2>
        <div className={card}>
          <p className="text-sm font-medium text-gray-700">Orders to ship</p>
          <p className="mt-1 text-3xl font-bold">{todo.toShip}</p>
          {todo.toShip === 0 ? (
            <p className="mt-1 text-sm text-gray-700">Nothing to ship: paid orders appear here until they ship.</p>
          ) : (
            <p className="mt-1 text-sm text-gray-700">
              <Link href="/admin/orders?status=paid" className="underline">
                {todo.toShipByStatus.paid} paid
              </Link>
              {" · "}
              <Link href="/admin/orders?status=packed" className="underline">
                {todo.toShipByStatus.packed} packed
              </Link>
              {" · "}
              <Link href="/admin/orders?status=placed" className="underline">
                {todo.toShipByStatus.placed} cash on delivery
              </Link>
            </p>
          )}
        </div>
        <div className={card}>
          <p className="text-sm font-medium text-gray-700">Awaiting payment</p>
          <p className="mt-1 text-3xl font-bold">{todo.awaitingPayment}</p>
          <p className="mt-1 text-sm text-gray-700">
            {todo.awaitingPayment === 0 ? (
              "No unpaid orders: bank transfers and card payments in progress appear here."
            ) : (
              <Link href="/admin/orders?status=awaiting_payment" className="underline">
                See the unpaid orders
              </Link>
            )}
          </p>
        </div>
      </section>
      <section aria-labelledby="sales" className={`${card} mt-6`}>
        <h2 id="sales" className="mb-3 text-lg font-semibold">
          Sales
        </h2>
        <DashboardPeriods
          currency={env.STORE_CURRENCY}
          periods={[
            { label: "Today", summary: today },
            { label: "Last 7 days", summary: week },
            { label: "Last 30 days", summary: month },
            ...(custom && chosen ? [{ label: `${custom.from} to ${custom.to}`, summary: chosen }] : []),
          ]}
        />
        <p className="mt-2 text-xs text-gray-600">
          Orders count everything placed except cancelled and unpaid orders; revenue and the average count paid orders,
          less refunds.
        </p>
        <h3 className="mt-6 mb-2 font-semibold">Daily revenue, {rangeText}</h3>
        <DashboardRangeForm range={range} error={asked && !asked.ok ? asked.message : undefined} />
        <div className="mt-4">
          <SalesChart data={sales} currency={env.STORE_CURRENCY} period={rangeText} />
        </div>
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="top" className={card}>
          <h2 id="top" className="text-lg font-semibold">
            Top products (30 days)
          </h2>
          {top.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">No sales yet: best sellers appear here once orders come in.</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
              {top.map((p) => (
                <li key={`${p.productId}-${p.name}`}>
                  {p.productId ? (
                    <Link href={`/admin/products/${p.productId}`} className="underline">
                      {p.name}
                    </Link>
                  ) : (
                    p.name
                  )}
                  : {p.units} sold, {money(p.revenue)}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="low" className={card}>
          <h2 id="low" className="text-lg font-semibold">
            Low stock ({env.LOW_STOCK_THRESHOLD} or fewer)
          </h2>
          {low.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">Nothing is low: variants appear here when stock runs down.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {low.map((v) => (
                <li key={v.variantId}>
                  <Link href={`/admin/stock?product=${v.productId}`} className="underline">
                    {v.productName}
                  </Link>{" "}
                  · {v.sku}: {v.stock}
                </li>
              ))}
            </ul>
          )}
          <Link href="/admin/stock" className="mt-2 inline-block text-sm font-medium underline">
            All low stock
          </Link>
        </section>
        <section aria-labelledby="recent" className={card}>
          <h2 id="recent" className="text-lg font-semibold">
            Recent orders
          </h2>
          {recent.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">No orders yet: they appear here when a shopper checks out.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {recent.map((o) => (
                <li key={o.id}>
                  <Link href={`/admin/orders/${o.id}`} className="underline">
                    {o.number}
                  </Link>{" "}
                  · {o.customerName} · {orderStatusText(o.status)} · {money(o.totalAmount, o.currency)}
                </li>
              ))}
            </ul>
          )}
          <Link href="/admin/orders" className="mt-2 inline-block text-sm font-medium underline">
            All orders
          </Link>
        </section>
      </div>
    </AdminPage>
  );
}
