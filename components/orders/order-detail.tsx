import Link from "next/link";
import { nextStepText, paymentMethodLabels, receiptPath, type OrderView } from "@/lib/orders";
import { AddressBlock } from "./address-block";
import { BankTransferDetails } from "./bank-transfer-details";
import { OrderDate } from "./format-date";
import { LineItems } from "./line-items";
import { OrderTimeline } from "./order-timeline";
import { ParcelTracking } from "./parcel-tracking";
import { StatusBadge } from "./status-badge";
import { orderFigures, Totals } from "./totals";

/**
 * Everything about one order for its buyer: status and what happens next, how to pay (bank
 * transfer details; `paymentSlot` for the card payment buttons), items, totals, address
 * and the tracking timeline. `token` keeps the receipt link working for guests.
 */
export function OrderDetail({
  view,
  timeZone,
  token,
  paymentSlot,
}: {
  view: OrderView;
  timeZone: string;
  token?: string;
  paymentSlot?: React.ReactNode;
}) {
  const { order, lines, timeline, payment, bankTransfer } = view;
  const awaitingTransfer = bankTransfer && order.status === "awaiting_payment";
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={order.status} />
        <p className="text-sm text-gray-700">
          Placed on <OrderDate date={order.createdAt} timeZone={timeZone} /> ·{" "}
          {paymentMethodLabels[order.paymentMethod]}
          {order.paidAt && (
            <>
              {" · "}paid on <OrderDate date={order.paidAt} timeZone={timeZone} />
            </>
          )}
        </p>
      </div>

      <section aria-labelledby="next-heading" className="rounded-lg bg-gray-50 p-4 sm:p-6">
        <h2 id="next-heading" className="text-lg font-semibold text-gray-950">
          What happens next
        </h2>
        <p className="mt-2 text-sm text-gray-800" data-testid="next-step">
          {nextStepText(order)}
        </p>
        {awaitingTransfer && (
          <div className="mt-4">
            <BankTransferDetails details={bankTransfer} currency={order.currency} demo={bankTransfer.demo} />
          </div>
        )}
        {paymentSlot}
        {order.trackingNumber && (
          <ParcelTracking
            carrier={order.carrier}
            trackingNumber={order.trackingNumber}
            trackingUrl={order.trackingUrl}
            className="mt-3 text-sm text-gray-800"
          />
        )}
        {order.paidAt && payment?.status === "succeeded" && (
          <Link
            href={receiptPath(order.number, token)}
            className="mt-3 inline-block text-sm font-medium text-gray-950 underline"
          >
            View and print your receipt
          </Link>
        )}
      </section>

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem] lg:items-start">
        <div className="space-y-8">
          <section aria-labelledby="items-heading">
            <h2 id="items-heading" className="text-lg font-semibold text-gray-950">
              Items
            </h2>
            <LineItems
              currency={order.currency}
              lines={lines.map((l) => ({
                key: l.id,
                name: l.productName,
                variant: l.variantTitle,
                sku: l.sku,
                quantity: l.quantity,
                unitPrice: l.unitPrice,
                total: l.lineSubtotal,
              }))}
            />
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="text-lg font-semibold text-gray-950">
              Tracking
            </h2>
            <div className="mt-4">
              <OrderTimeline
                currency={order.currency}
                timeZone={timeZone}
                entries={timeline.map((e) => ({ type: e.type, at: e.createdAt, data: e.data }))}
              />
            </div>
          </section>
        </div>
        <div className="space-y-8">
          <section aria-labelledby="summary-heading" className="rounded-lg bg-gray-50 p-4 sm:p-6">
            <h2 id="summary-heading" className="text-lg font-semibold text-gray-950">
              Summary
            </h2>
            <div className="mt-4">
              <Totals testIdPrefix="order" figures={orderFigures(order)} />
            </div>
          </section>
          <section aria-labelledby="address-heading">
            <h2 id="address-heading" className="text-lg font-semibold text-gray-950">
              Delivery address
            </h2>
            <div className="mt-2">
              <AddressBlock address={order.shippingAddress} />
            </div>
            <p className="mt-2 text-sm text-gray-700">Confirmation sent to {order.email}</p>
          </section>
        </div>
      </div>
    </div>
  );
}
