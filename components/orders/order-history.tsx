import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderSummary } from "@/lib/orders/queries";
import { OrderDate } from "./format-date";
import { StatusBadge } from "./status-badge";

/** An account's orders, newest first, each linking to its detail page. */
export function OrderHistory({ orders }: { orders: OrderSummary[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Your orders, newest first</caption>
      <thead className="border-b border-gray-200 text-gray-700">
        <tr>
          <th scope="col" className="py-2 font-medium">Order</th>
          <th scope="col" className="py-2 font-medium">Date</th>
          <th scope="col" className="py-2 font-medium">Status</th>
          <th scope="col" className="py-2 text-right font-medium">Total</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-200">
        {orders.map((order) => (
          <tr key={order.id} data-testid="order-row">
            <th scope="row" className="py-3 font-medium">
              <Link href={`/account/orders/${order.number}`} className="text-gray-950 underline">
                {order.number}
              </Link>
              <span className="block text-xs font-normal text-gray-600">
                {order.itemCount} {order.itemCount === 1 ? "item" : "items"}
              </span>
            </th>
            <td className="py-3"><OrderDate date={order.createdAt} /></td>
            <td className="py-3"><StatusBadge status={order.status} /></td>
            <td className="py-3 text-right tabular-nums">{formatMoney({ amount: order.totalAmount, currency: order.currency })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
