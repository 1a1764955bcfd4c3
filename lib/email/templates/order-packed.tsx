import { formatLongDate } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";

export type OrderPackedEmailProps = { orderNumber: string; customerName?: string; packedAt: string; orderUrl?: string };

export function OrderPackedEmail({
  brand,
  orderNumber,
  customerName,
  packedAt,
  orderUrl,
}: OrderPackedEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`Order ${orderNumber} is packed and waiting for the courier.`}
      heading="Your order is packed"
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {customerName ? `Hi ${customerName}, order` : "Order"} {orderNumber} was packed on{" "}
        {formatLongDate(packedAt, brand)} and is waiting for the courier. We will email you the tracking details as soon
        as it ships.
      </Paragraph>
      {orderUrl ? <ActionButton href={orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}
