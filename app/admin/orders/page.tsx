import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { inputClass } from "@/components/ui/field-ids";
import { Pagination } from "@/components/pagination";
import { StatusBadge } from "@/components/orders/status-badge";
import { RiskSummary } from "./risk-summary";
import { listAdminOrders, pageNumber, type OrderFilters } from "@/lib/admin";
import { formatMoney } from "@/lib/money";
import { formatDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";
import { ORDER_STATUSES, PAYMENT_STATUSES, orderStatusText, paymentMethodText, paymentStatusText } from "@/lib/orders";

export const metadata: Metadata = { title: "Orders" };

type Params = { status?: string; payment?: string; from?: string; to?: string; email?: string; page?: string };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Params> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  const p = await searchParams;
  const filters: OrderFilters = {
    status: ORDER_STATUSES.find((s) => s === p.status),
    paymentStatus: PAYMENT_STATUSES.find((s) => s === p.payment),
    from: p.from,
    to: p.to,
    email: p.email?.slice(0, 200),
    page: pageNumber(p.page),
  };
  const { rows, total, page, pageCount } = await listAdminOrders(filters);
  const query = Object.fromEntries(
    Object.entries({ status: p.status, payment: p.payment, from: p.from, to: p.to, email: p.email }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  const hrefFor = (n: number) => `/admin/orders?${new URLSearchParams({ ...query, page: String(n) })}`;
  const field = "block text-sm font-medium text-gray-900";
  return (
    <AdminPage
      title="Orders"
      description={`${total} order${total === 1 ? "" : "s"}`}
      actions={
        <Link
          href={`/admin/orders/export?${new URLSearchParams(query)}`}
          prefetch={false}
          className="text-sm font-medium underline"
        >
          Export CSV
        </Link>
      }
    >
      <form role="search" aria-label="Orders" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className={field}>
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {orderStatusText(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="payment" className={field}>
            Payment
          </label>
          <select id="payment" name="payment" defaultValue={filters.paymentStatus ?? ""} className={inputClass}>
            <option value="">Any</option>
            {PAYMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {paymentStatusText(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className={field}>
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={p.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className={field}>
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={p.to ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="email" className={field}>
            Customer email, name or order number
          </label>
          <input id="email" name="email" type="search" defaultValue={p.email ?? ""} className={inputClass} />
        </div>
        <button
          type="submit"
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold hover:bg-gray-50"
        >
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-8 rounded-md border border-dashed border-gray-300 p-8 text-center text-gray-700">
          No orders match.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Orders, held for a risk review first, then newest first</caption>
            <thead className="bg-gray-50 text-gray-700">
              <tr>
                <th scope="col" className={thClass}>
                  Order
                </th>
                <th scope="col" className={thClass}>
                  Placed
                </th>
                <th scope="col" className={thClass}>
                  Customer
                </th>
                <th scope="col" className={thClass}>
                  Status
                </th>
                <th scope="col" className={thClass}>
                  Payment
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map((o) => (
                <tr key={o.id}>
                  <td className={tdClass}>
                    <Link href={`/admin/orders/${o.id}`} className="font-medium underline">
                      {o.number}
                    </Link>
                    {o.needsAttention && <div className="text-xs font-semibold text-red-700">Needs attention</div>}
                    <RiskSummary held={o.held} level={o.riskLevel} reasons={o.riskReasons} />
                  </td>
                  <td className={tdClass}>
                    <time dateTime={o.createdAt.toISOString()}>{formatDateTime(o.createdAt, { timeZone })}</time>
                  </td>
                  <td className={tdClass}>
                    {o.customerName}
                    <div className="text-xs text-gray-600">{o.email}</div>
                  </td>
                  <td className={tdClass}>
                    <StatusBadge status={o.status} />
                  </td>
                  <td className={tdClass}>
                    {paymentMethodText(o.paymentMethod)} · {paymentStatusText(o.paymentStatus)}
                  </td>
                  <td className={`${tdClass} text-right`}>
                    {formatMoney({ amount: o.totalAmount, currency: o.currency })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </AdminPage>
  );
}
