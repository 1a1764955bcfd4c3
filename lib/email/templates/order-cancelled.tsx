import { formatMoney } from "@/lib/money";
import { formatLongDate } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";
import { DetailsTable } from "./order-parts";

type OrderRef = { orderNumber: string; customerName?: string; orderUrl?: string; reason?: string; currency: string };

export type OrderCancelledEmailProps = OrderRef & { cancelledAt: string; refundAmount?: number };
export type OrderRefundedEmailProps = OrderRef & { refundedAt: string; amount: number; orderTotal?: number };

const refundTiming = "Refunds go back to the original payment method and usually appear within 5–10 business days.";

export function OrderCancelledEmail({ brand, ...order }: OrderCancelledEmailProps & { brand: Brand }) {
  const refund = order.refundAmount ? formatMoney({ amount: order.refundAmount, currency: order.currency }) : undefined;
  return (
    <EmailLayout
      brand={brand}
      preview={`Order ${order.orderNumber} has been cancelled.`}
      heading="Your order has been cancelled"
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {order.customerName ? `Hi ${order.customerName}, order` : "Order"} {order.orderNumber} was cancelled on{" "}
        {formatLongDate(order.cancelledAt, brand)}.
      </Paragraph>
      <DetailsTable
        rows={[
          ["Order number", order.orderNumber],
          ["Reason", order.reason],
          ["Refund", refund],
        ]}
      />
      <Paragraph>{refund ? refundTiming : "You have not been charged for this order."}</Paragraph>
      {order.orderUrl ? <ActionButton href={order.orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}

export function OrderRefundedEmail({ brand, ...order }: OrderRefundedEmailProps & { brand: Brand }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const partial = order.orderTotal !== undefined && order.amount < order.orderTotal;
  return (
    <EmailLayout
      brand={brand}
      preview={`We refunded ${money(order.amount)} for order ${order.orderNumber}.`}
      heading={partial ? "We have issued a partial refund" : "We have issued a refund"}
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {order.customerName ? `Hi ${order.customerName}, we` : "We"} refunded <strong>{money(order.amount)}</strong> for
        order {order.orderNumber} on {formatLongDate(order.refundedAt, brand)}.
      </Paragraph>
      <DetailsTable
        rows={[
          ["Order number", order.orderNumber],
          ["Refunded", money(order.amount)],
          ["Order total", order.orderTotal !== undefined ? money(order.orderTotal) : undefined],
          ["Reason", order.reason],
        ]}
      />
      <Paragraph>{refundTiming}</Paragraph>
      {order.orderUrl ? <ActionButton href={order.orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}
