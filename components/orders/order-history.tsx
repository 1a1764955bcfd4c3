import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderSummary } from "@/lib/orders";
import { OrderDate } from "./format-date";
import { OrderTable } from "./order-table";
import { StatusBadge } from "./status-badge";

const columns = [{ label: "Order" }, { label: "Date" }, { label: "Status" }, { label: "Total", numeric: true }];

/** An account's orders, newest first, each linking to its detail page. */
export function OrderHistory({ orders, timeZone }: { orders: OrderSummary[]; timeZone: string }) {
  return (
    <OrderTable caption="Your orders, newest first" columns={columns}>
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
          <td className="py-3">
            <OrderDate date={order.createdAt} timeZone={timeZone} />
          </td>
          <td className="py-3">
            <StatusBadge status={order.status} />
          </td>
          <td className="py-3 text-right tabular-nums">
            {formatMoney({ amount: order.totalAmount, currency: order.currency })}
          </td>
        </tr>
      ))}
    </OrderTable>
  );
}
