import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage } from "@/components/admin/admin-page";
import { SalesChart } from "@/components/admin/sales-chart";
import { dailySales, listLowStock, recentOrders, topProducts } from "@/lib/admin";
import { requireStaff } from "@/lib/auth";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { orderStatusText } from "@/lib/orders";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminHome() {
  await connection();
  const user = await requireStaff("/admin");
  const [sales, top, low, recent] = await Promise.all([
    dailySales(30),
    topProducts(30, 5),
    listLowStock(env.LOW_STOCK_THRESHOLD, 8),
    recentOrders(8),
  ]);
  const money = (amount: number, currency = env.STORE_CURRENCY) => formatMoney({ amount, currency });
  const card = "rounded-lg border border-gray-200 p-4";
  return (
    <AdminPage title="Dashboard" description={`Signed in as ${user.email} (${user.role}).`}>
      <section aria-labelledby="sales" className={card}>
        <h2 id="sales" className="mb-3 text-lg font-semibold">
          Sales, last 30 days
        </h2>
        <SalesChart data={sales} currency={env.STORE_CURRENCY} />
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="top" className={card}>
          <h2 id="top" className="text-lg font-semibold">
            Top products (30 days)
          </h2>
          {top.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">No sales yet.</p>
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
            <p className="mt-2 text-sm text-gray-700">Nothing is low.</p>
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
            <p className="mt-2 text-sm text-gray-700">No orders yet.</p>
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
