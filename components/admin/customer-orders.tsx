import Link from "next/link";
import { tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { orderStatusText } from "@/lib/orders";

type CustomerOrder = {
  id: number;
  number: string;
  status: Parameters<typeof orderStatusText>[0];
  totalAmount: number;
  refundedAmount: number;
  currency: string;
  createdAt: Date;
};

/** A customer's orders, newest first, on the account and guest pages. */
export function CustomerOrders({
  orders,
  caption,
  timeZone,
}: {
  orders: CustomerOrder[];
  caption: string;
  timeZone: string;
}) {
  if (orders.length === 0) {
    return (
      <p className="mt-2 text-sm text-gray-700">
        No orders yet: they appear here when this customer checks out (as a guest with this email too).
      </p>
    );
  }
  return (
    <div className="mt-2 overflow-x-auto rounded-lg border border-gray-200">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={thClass}>
              Order
            </th>
            <th scope="col" className={thClass}>
              Placed
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Total
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Refunded
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {orders.map((o) => (
            <tr key={o.id}>
              <td className={tdClass}>
                <Link href={`/admin/orders/${o.id}`} className="underline">
                  {o.number}
                </Link>
              </td>
              <td className={tdClass}>{formatDate(o.createdAt, { timeZone })}</td>
              <td className={tdClass}>{orderStatusText(o.status)}</td>
              <td className={`${tdClass} text-right`}>
                {formatMoney({ amount: o.totalAmount, currency: o.currency })}
              </td>
              <td className={`${tdClass} text-right`}>
                {o.refundedAmount ? formatMoney({ amount: o.refundedAmount, currency: o.currency }) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
