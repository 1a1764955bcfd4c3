import { formatLongDate } from "@/lib/format";
import type { EmailAddress, EmailOrderLine } from "../types";
import { ActionButton, type Brand, Divider, EmailLayout, Paragraph } from "./layout";
import { AddressBlock, DetailsTable, OrderItemsTable } from "./order-parts";

export type OrderShippedEmailProps = {
  orderNumber: string;
  customerName?: string;
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string;
  shippedAt: string;
  shippingAddress: EmailAddress;
  /** What is in this parcel; omitted when the whole order shipped at once. */
  items?: EmailOrderLine[];
  currency?: string;
  orderUrl?: string;
};

export function OrderShippedEmail({ brand, ...order }: OrderShippedEmailProps & { brand: Brand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`Order ${order.orderNumber} is on its way with ${order.carrier}.`}
      heading="Your order is on its way"
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {order.customerName ? `Good news, ${order.customerName}: order` : "Good news: order"} {order.orderNumber} left
        our warehouse on {formatLongDate(order.shippedAt, brand)}.
      </Paragraph>
      <DetailsTable
        rows={[
          ["Carrier", order.carrier],
          ["Tracking number", order.trackingNumber],
        ]}
      />
      {order.trackingUrl ? <ActionButton href={order.trackingUrl}>Track your package</ActionButton> : null}
      {order.items && order.currency ? (
        <OrderItemsTable items={order.items} currency={order.currency} caption="In this shipment" />
      ) : null}
      <Divider />
      <AddressBlock title="Shipping to" address={order.shippingAddress} />
      {order.orderUrl ? (
        <Paragraph muted>See every step of your order on the order page: {order.orderUrl}</Paragraph>
      ) : null}
    </EmailLayout>
  );
}
