import { formatDate } from "../format";
import type { EmailOrder } from "../types";
import { ActionButton, type Brand, Divider, EmailLayout, Paragraph } from "./layout";
import { AddressBlock, DetailsTable, OrderItemsTable, TotalsTable } from "./order-parts";

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
        {order.customerName ? `Hi ${order.customerName}, we` : "We"} received your order and are getting it ready. We will email you
        again when it ships.
      </Paragraph>
      <DetailsTable
        rows={[
          ["Order number", order.orderNumber],
          ["Placed on", formatDate(order.placedAt)],
          ["Payment", order.paymentMethod],
          ["Shipping", order.shippingMethod],
        ]}
      />
      <OrderItemsTable items={order.items} currency={order.currency} />
      <TotalsTable totals={order.totals} currency={order.currency} />
      <Divider />
      <AddressBlock title="Shipping to" address={order.shippingAddress} />
      {order.orderUrl ? <ActionButton href={order.orderUrl}>View your order</ActionButton> : null}
    </EmailLayout>
  );
}
