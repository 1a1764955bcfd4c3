import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { inputClass } from "@/components/ui/field-ids";
import { Pagination } from "@/components/pagination";
import { listCustomers, pageNumber } from "@/lib/admin";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Customers" };

const roles = ["all", "customer", "staff", "admin"] as const;

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; role?: string; page?: string }>;
}) {
  await connection();
  const p = await searchParams;
  const role = roles.find((r) => r === p.role) ?? "all";
  const q = p.q?.slice(0, 200) ?? "";
  const { rows, total, page, pageCount } = await listCustomers({ q, role, page: pageNumber(p.page) });
  const hrefFor = (n: number) =>
    `/admin/customers?${new URLSearchParams({ ...(q ? { q } : {}), ...(role !== "all" ? { role } : {}), page: String(n) })}`;
  return (
    <AdminPage title="Customers" description={`${total} account${total === 1 ? "" : "s"}`}>
      <form role="search" aria-label="Customers" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Email or name
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Role
          </label>
          <select id="role" name="role" defaultValue={role} className={inputClass}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold hover:bg-gray-50"
        >
          Filter
        </button>
      </form>
      <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
        <table className={tableClass}>
          <caption className="sr-only">Accounts, newest first</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={thClass}>
                Email
              </th>
              <th scope="col" className={thClass}>
                Name
              </th>
              <th scope="col" className={thClass}>
                Role
              </th>
              <th scope="col" className={thClass}>
                Orders
              </th>
              <th scope="col" className={thClass}>
                Joined
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200 bg-white">
            {rows.map((u) => (
              <tr key={u.id}>
                <td className={tdClass}>
                  <Link href={`/admin/customers/${u.id}`} className="font-medium underline">
                    {u.email}
                  </Link>
                </td>
                <td className={tdClass}>{u.name ?? "—"}</td>
                <td className={tdClass}>{u.role}</td>
                <td className={tdClass}>{u.orders}</td>
                <td className={tdClass}>{formatDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </AdminPage>
  );
}
