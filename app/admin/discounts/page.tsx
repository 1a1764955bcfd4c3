import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActionButton } from "@/components/account/action-button";
import { Pagination } from "@/components/pagination";
import { AdminPage, linkButtonClass, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { DiscountStatusBadge } from "@/components/admin/discount-status-badge";
import { EmptyList, FilterForm, FilterSelect, optionsOf } from "@/components/admin/list-filters";
import { DISCOUNT_STATUSES, discountStatusLabels, isDiscountStatus, listDiscounts, pageNumber } from "@/lib/admin";
import { describeDiscount } from "@/lib/discounts";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { setDiscountActiveAction } from "./actions";

export const metadata: Metadata = { title: "Discounts" };

export default async function DiscountsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; status?: string }>;
}) {
  await connection();
  const p = await searchParams;
  const status = isDiscountStatus(p.status) ? p.status : undefined;
  const { rows, page, pageCount, total } = await listDiscounts(pageNumber(p.page), { status });
  const hrefFor = (n: number) =>
    `/admin/discounts?${new URLSearchParams({ ...(status ? { status } : {}), page: String(n) })}`;
  return (
    <AdminPage
      title="Discount codes"
      description={`${total} code${total === 1 ? "" : "s"}${status ? `, ${discountStatusLabels[status].toLowerCase()}` : ""}`}
      actions={
        <Link href="/admin/discounts/new" className={linkButtonClass}>
          New discount
        </Link>
      }
    >
      <FilterForm label="Discount codes">
        <FilterSelect
          name="status"
          label="Status"
          value={status}
          any="Any status"
          options={optionsOf(DISCOUNT_STATUSES, (s) => discountStatusLabels[s])}
        />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyList>
          {status ? (
            <>
              No codes are {discountStatusLabels[status].toLowerCase()} right now.{" "}
              <Link href="/admin/discounts" className="font-medium underline">
                Show every code
              </Link>
            </>
          ) : (
            <>No discount codes yet: create one with “New discount” and shoppers can enter it at checkout.</>
          )}
        </EmptyList>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200">
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
                  Status
                </th>
                <th scope="col" className={thClass}>
                  Switch
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 bg-white">
              {rows.map(({ discount: d, discounted, status: current }) => (
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
                    <DiscountStatusBadge status={current} />
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
