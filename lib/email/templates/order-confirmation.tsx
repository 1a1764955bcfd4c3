import { Heading } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { formatLongDate } from "@/lib/format";
import type { EmailOrder } from "../types";
import { type Brand, EmailLayout, h2Style, Paragraph } from "./layout";
import { DetailsTable, OrderSummary } from "./order-parts";

export type OrderConfirmationEmailProps = { order: EmailOrder };

export function OrderConfirmationEmail({ brand, order }: OrderConfirmationEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`We received order ${order.orderNumber}. We will email you again when it ships.`}
      heading="Thanks for your order"
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {order.customerName ? `Hi ${order.customerName}, we` : "We"} received your order
        {order.bankTransfer
          ? ". We will get it ready as soon as your bank transfer arrives, and email you again when it ships."
          : order.paymentPending
            ? ". We will get it ready as soon as your payment is confirmed, and email you a receipt then."
            : " and are getting it ready. We will email you again when it ships."}
      </Paragraph>
      {order.bankTransfer ? (
        <>
          <Heading as="h2" style={h2Style}>
            How to pay
          </Heading>
          <Paragraph>
            Please transfer {formatMoney({ amount: order.bankTransfer.amount, currency: order.currency })} to the
            account below, quoting the reference so we can match your payment to your order.
          </Paragraph>
          <DetailsTable
            rows={[
              ["Account name", order.bankTransfer.accountName],
              ["IBAN", order.bankTransfer.iban],
              ["BIC / SWIFT", order.bankTransfer.bic],
              ["Bank", order.bankTransfer.bankName],
              ["Reference", order.bankTransfer.reference],
            ]}
          />
        </>
      ) : null}
      <DetailsTable
        rows={[
          ["Order number", order.orderNumber],
          ["Placed on", formatLongDate(order.placedAt, brand)],
          ["Payment", order.paymentMethod],
          ["Shipping", order.shippingMethod],
        ]}
      />
      <OrderSummary order={order} />
    </EmailLayout>
  );
}
