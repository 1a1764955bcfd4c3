import { orderStatusLabels, type OrderStatus } from "@/lib/orders/client";

const tones: Record<OrderStatus, string> = {
  awaiting_payment: "bg-amber-100 text-amber-900",
  placed: "bg-blue-100 text-blue-900",
  paid: "bg-blue-100 text-blue-900",
  packed: "bg-blue-100 text-blue-900",
  shipped: "bg-indigo-100 text-indigo-900",
  delivered: "bg-green-100 text-green-900",
  cancelled: "bg-gray-200 text-gray-900",
  refunded: "bg-gray-200 text-gray-900",
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      data-testid="order-status"
      className={`inline-flex rounded-full px-2.5 py-0.5 text-sm font-medium ${tones[status]}`}
    >
      {orderStatusLabels[status]}
    </span>
  );
}
