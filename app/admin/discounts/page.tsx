import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { Pagination } from "@/components/pagination";
import { AdminPage, linkButtonClass, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { listDiscounts, pageNumber } from "@/lib/admin";
import { describeDiscount } from "@/lib/discounts";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { setDiscountActiveAction } from "./actions";

export const metadata: Metadata = { title: "Discounts" };

export default async function DiscountsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await connection();
  const { rows, page, pageCount } = await listDiscounts(pageNumber((await searchParams).page));
  return (
    <AdminPage
      title="Discount codes"
      actions={
        <Link href="/admin/discounts/new" className={linkButtonClass}>
          New discount
        </Link>
      }
    >
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-gray-300 p-8 text-center text-gray-700">
          No discount codes yet.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200">
          <table className={tableClass}>
            <caption className="sr-only">Discount codes and their usage</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={thClass}>
                  Code
                </th>
                <th scope="col" className={thClass}>
                  Discount
                </th>
                <th scope="col" className={thClass}>
                  Used
                </th>
                <th scope="col" className={thClass}>
                  Given away
                </th>
                <th scope="col" className={thClass}>
                  State
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map(({ discount: d, discounted }) => (
                <tr key={d.id}>
                  <td className={tdClass}>
                    <Link href={`/admin/discounts/${d.id}`} className="font-mono font-medium underline">
                      {d.code}
                    </Link>
                    <div className="text-xs text-gray-600">{d.description}</div>
                  </td>
                  <td className={tdClass}>{describeDiscount(d)}</td>
                  <td className={tdClass}>
                    {d.usedCount}
                    {d.usageLimit !== null ? ` of ${d.usageLimit}` : ""}
                  </td>
                  <td className={tdClass}>
                    {formatMoney({ amount: discounted, currency: d.currency ?? env.STORE_CURRENCY })}
                  </td>
                  <td className={tdClass}>
                    <ActionButton
                      action={setDiscountActiveAction}
                      fields={{ id: d.id, active: d.active ? "false" : "true" }}
                      label={
                        <>
                          {d.active ? "Disable" : "Enable"}
                          <span className="sr-only"> {d.code}</span>
                        </>
                      }
                      variant={d.active ? "danger" : "secondary"}
                    />
                    <span className="text-xs text-gray-600">{d.active ? "Active" : "Disabled"}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/admin/discounts?page=${n}`} />
    </AdminPage>
  );
}
