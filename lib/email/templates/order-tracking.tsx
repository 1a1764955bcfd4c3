import { formatLongDate } from "@/lib/format";
import { ActionButton, type Brand, EmailLayout, Paragraph } from "./layout";
import { DetailsTable } from "./order-parts";

export type OrderTrackingEmailProps = {
  orderNumber: string;
  customerName?: string;
  /** The carrier's step: moving between its depots, or with the courier today. */
  status: "in_transit" | "out_for_delivery";
  /** What the carrier said, e.g. "Arrived at USPS Regional Facility". */
  message: string;
  location?: string;
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string;
  at: string;
  orderUrl?: string;
};

const headings = { in_transit: "Your order is in transit", out_for_delivery: "Your order is out for delivery" };

export function orderTrackingSubject(props: OrderTrackingEmailProps): string {
  return props.status === "out_for_delivery"
    ? `Order ${props.orderNumber} is out for delivery`
    : `Order ${props.orderNumber} is in transit`;
}

export function OrderTrackingEmail({ brand, ...order }: OrderTrackingEmailProps & { brand: Brand }) {
  const today = order.status === "out_for_delivery";
  return (
    <EmailLayout
      brand={brand}
      preview={`${headings[order.status]}: ${order.message}.`}
      heading={headings[order.status]}
      footnote="You are receiving this email because you placed an order with us."
    >
      <Paragraph>
        {order.customerName ? `${order.customerName}, order` : "Order"} {order.orderNumber}{" "}
        {today ? "is with the courier and should arrive today." : "is on its way to you."}
      </Paragraph>
      <DetailsTable
        rows={[
          ["Latest", order.location ? `${order.message} (${order.location})` : order.message],
          ["When", formatLongDate(order.at, brand)],
          ["Carrier", order.carrier],
          ["Tracking number", order.trackingNumber],
        ]}
      />
      {order.trackingUrl ? <ActionButton href={order.trackingUrl}>Track your package</ActionButton> : null}
      {order.orderUrl ? <Paragraph muted>Every step of your order is on its page: {order.orderUrl}</Paragraph> : null}
    </EmailLayout>
  );
}
