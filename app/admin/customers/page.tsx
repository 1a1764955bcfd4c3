import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { customerHref, CustomerKindText } from "@/components/admin/customer-links";
import { EmptyList, FilterForm, FilterInput, FilterSelect, optionsOf } from "@/components/admin/list-filters";
import { Pagination } from "@/components/pagination";
import { CUSTOMER_KINDS, listCustomers, pageNumber } from "@/lib/admin";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Customers" };

const kindLabels = { all: "Everyone", guest: "Guests", customer: "Customers", staff: "Staff", admin: "Admins" };

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; role?: string; page?: string }>;
}) {
  await connection();
  const { timeZone } = await getSettings("store");
  const p = await searchParams;
  const role = CUSTOMER_KINDS.find((r) => r === p.role) ?? "all";
  const q = p.q?.slice(0, 200) ?? "";
  const { rows, total, page, pageCount } = await listCustomers({ q, role, page: pageNumber(p.page) });
  const hrefFor = (n: number) =>
    `/admin/customers?${new URLSearchParams({ ...(q ? { q } : {}), ...(role !== "all" ? { role } : {}), page: String(n) })}`;
  const filtered = q !== "" || role !== "all";
  return (
    <AdminPage
      title="Customers"
      description={`${total} customer${total === 1 ? "" : "s"}: accounts, and guests grouped by email`}
    >
      <FilterForm label="Customers">
        <FilterInput name="q" label="Email or name" value={q} />
        <FilterSelect name="role" label="Show" value={role} options={optionsOf(CUSTOMER_KINDS, (r) => kindLabels[r])} />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyList>
          {filtered ? (
            <>
              No customers match this search.{" "}
              <Link href="/admin/customers" className="font-medium underline">
                Show everyone
              </Link>
            </>
          ) : (
            "No customers yet: they appear here when a shopper creates an account or checks out as a guest."
          )}
        </EmptyList>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Customers, whoever ordered last first</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={thClass}>
                  Email
                </th>
                <th scope="col" className={thClass}>
                  Name
                </th>
                <th scope="col" className={thClass}>
                  Type
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Orders
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Spent
                </th>
                <th scope="col" className={thClass}>
                  Last order
                </th>
                <th scope="col" className={thClass}>
                  Since
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map((c) => (
                <tr key={c.id ?? `guest:${c.email}`}>
                  <td className={tdClass}>
                    <Link href={customerHref(c)} className="font-medium underline">
                      {c.email}
                    </Link>
                  </td>
                  <td className={tdClass}>{c.name ?? "—"}</td>
                  <td className={tdClass}>
                    <CustomerKindText role={c.role} />
                  </td>
                  <td className={`${tdClass} text-right`}>{c.orders}</td>
                  <td className={`${tdClass} text-right`}>
                    {formatMoney({ amount: c.spent, currency: env.STORE_CURRENCY })}
                  </td>
                  <td className={tdClass}>{c.lastOrderAt ? formatDate(c.lastOrderAt, { timeZone }) : "—"}</td>
                  <td className={tdClass}>{formatDate(c.since, { timeZone })}</td>
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
