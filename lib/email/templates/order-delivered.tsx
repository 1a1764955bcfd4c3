import { formatLongDate } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";

export type OrderDeliveredEmailProps = {
  orderNumber: string;
  customerName?: string;
  deliveredAt: string;
  orderUrl?: string;
};

export function OrderDeliveredEmail({
  brand,
  orderNumber,
  customerName,
  deliveredAt,
  orderUrl,
}: OrderDeliveredEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`Order ${orderNumber} was delivered on ${formatLongDate(deliveredAt, brand)}.`}
      heading="Your order was delivered"
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {customerName ? `Hi ${customerName}, order` : "Order"} {orderNumber} was delivered on{" "}
        {formatLongDate(deliveredAt, brand)}. We hope you enjoy it.
      </Paragraph>
      <Paragraph>If something is missing or not right, reply to this email and we will sort it out.</Paragraph>
      {orderUrl ? <ActionButton href={orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}
