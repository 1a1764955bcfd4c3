import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { EmptyList, FilterForm, FilterInput, FilterSelect, optionsOf } from "@/components/admin/list-filters";
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
      <FilterForm label="Orders">
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          any="Any"
          options={optionsOf(ORDER_STATUSES, orderStatusText)}
        />
        <FilterSelect
          name="payment"
          label="Payment"
          value={filters.paymentStatus}
          any="Any"
          options={optionsOf(PAYMENT_STATUSES, paymentStatusText)}
        />
        <FilterInput name="from" label="From" type="date" value={p.from} />
        <FilterInput name="to" label="To" type="date" value={p.to} />
        <FilterInput name="email" label="Customer email, name or order number" value={p.email} />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyList>No orders match.</EmptyList>
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
