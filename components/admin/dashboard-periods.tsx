import { tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import type { SalesSummary } from "@/lib/admin";
import { formatMoney } from "@/lib/money";

export type DashboardPeriod = { label: string; summary: SalesSummary };

/** Revenue, orders and the average order per period, as one table (it reads well aloud too). */
export function DashboardPeriods({ periods, currency }: { periods: DashboardPeriod[]; currency: string }) {
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    // Focusable so a phone-width reader can scroll it from the keyboard (axe: scrollable-region-focusable).
    <div
      className="overflow-x-auto rounded-lg border border-gray-200"
      tabIndex={0}
      role="region"
      aria-label="Sales by period"
    >
      <table className={tableClass}>
        <caption className="sr-only">Revenue net of refunds, orders and average order value by period</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={thClass}>
              Period
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Revenue (net of refunds)
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Orders
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Average order
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 bg-white">
          {periods.map(({ label, summary }) => (
            <tr key={label}>
              <th scope="row" className={`${tdClass} font-medium`}>
                {label}
              </th>
              <td className={`${tdClass} text-right text-base font-semibold`}>{money(summary.revenue)}</td>
              <td className={`${tdClass} text-right`}>
                {summary.orders}
                {summary.paidOrders !== summary.orders && (
                  <span className="block text-xs text-gray-600">{summary.paidOrders} paid</span>
                )}
              </td>
              <td className={`${tdClass} text-right`}>{summary.paidOrders ? money(summary.averageOrder) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
