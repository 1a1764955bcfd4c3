import { Heading } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { formatLongDate } from "@/lib/format";
import type { EmailBankTransfer } from "../types";
import { ActionButton, type Brand, EmailLayout, h2Style, Paragraph } from "./layout";
import { DetailsTable } from "./order-parts";

export type PaymentReminderEmailProps = {
  orderNumber: string;
  customerName?: string;
  orderUrl?: string;
  currency: string;
  bankTransfer: EmailBankTransfer;
  /** ISO 8601: when the unpaid order is cancelled and its items go back on sale. */
  cancelAfter: string;
};

/** Sent once, a day before an unpaid bank-transfer order is cancelled (lib/maintenance/unpaid-bank-transfers.ts). */
export function PaymentReminderEmail({ brand, ...order }: PaymentReminderEmailProps & { brand: Brand }) {
  const amount = formatMoney({ amount: order.bankTransfer.amount, currency: order.currency });
  const deadline = formatLongDate(order.cancelAfter, brand);
  return (
    <EmailLayout
      brand={brand}
      preview={`We have not received the transfer for order ${order.orderNumber} yet.`}
      heading="Your order is waiting for payment"
      footnote="You are receiving this email because you placed an order with us. If you have already paid, thank you: there is nothing more to do."
    >
      <Paragraph>
        {order.customerName ? `Hi ${order.customerName}, we` : "We"} are holding the items of order {order.orderNumber}{" "}
        for you, but your bank transfer of {amount} has not reached us yet. If it has not arrived by {deadline}, we will
        cancel the order and put the items back on sale.
      </Paragraph>
      <Heading as="h2" style={h2Style}>
        How to pay
      </Heading>
      <DetailsTable
        rows={[
          ["Amount", amount],
          ["Account name", order.bankTransfer.accountName],
          ["IBAN", order.bankTransfer.iban],
          ["BIC / SWIFT", order.bankTransfer.bic],
          ["Bank", order.bankTransfer.bankName],
          ["Reference", order.bankTransfer.reference],
        ]}
      />
      <Paragraph>Please quote the reference so we can match your payment to your order.</Paragraph>
      {order.orderUrl ? <ActionButton href={order.orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}
