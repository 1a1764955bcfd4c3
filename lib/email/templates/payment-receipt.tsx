import { formatMoney } from "@/lib/money";
import { formatLongDate } from "@/lib/format";
import type { EmailOrder } from "../types";
import { type Brand, EmailLayout, Paragraph } from "./layout";
import { DetailsTable, OrderSummary } from "./order-parts";

export type EmailPayment = { method: string; amount: number; paidAt: string; reference?: string };
export type PaymentReceiptEmailProps = { order: EmailOrder; payment: EmailPayment };

export function PaymentReceiptEmail({ brand, order, payment }: PaymentReceiptEmailProps & { brand: Brand }) {
  const paid = formatMoney({ amount: payment.amount, currency: order.currency });
  return (
    <EmailLayout
      brand={brand}
      preview={`Payment of ${paid} received for order ${order.orderNumber}.`}
      heading="Payment received"
      footnote="Keep this email as your receipt."
    >
      <Paragraph>
        {order.customerName ? `Thank you, ${order.customerName}. We` : "Thank you. We"} received your payment of{" "}
        <strong>{paid}</strong> for order {order.orderNumber}.
      </Paragraph>
      <DetailsTable
        rows={[
          ["Order number", order.orderNumber],
          ["Amount paid", paid],
          ["Paid on", formatLongDate(payment.paidAt, brand)],
          ["Payment method", payment.method],
          ["Reference", payment.reference],
        ]}
      />
      <OrderSummary order={order} />
    </EmailLayout>
  );
}
