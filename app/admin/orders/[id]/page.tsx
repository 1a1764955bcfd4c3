import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { Fragment } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdminPage, tableClass, tdClass, thClass } from "@/components/admin/admin-page";
import { OrderActionForm } from "@/components/admin/order-action-form";
import { OrderActionsPanel } from "@/components/admin/order-actions-panel";
import { OrderNoteForm } from "@/components/admin/order-note-form";
import { OrderRefundForm } from "@/components/admin/order-refund-form";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { StatusBadge } from "@/components/orders/status-badge";
import { getAdminOrder, rowId } from "@/lib/admin";
import { formatMoney } from "@/lib/money";
import {
  availableActions,
  lineLabel,
  machineOrder,
  orderStatusText,
  paymentMethodText,
  paymentStatusText,
  refundableQuantity,
} from "@/lib/orders";
import { isHeld } from "@/lib/risk";
import { canBuyLabel } from "@/lib/carriers";
import { addOrderNoteAction, approveOrderAction, orderTransitionAction } from "../actions";
import { RiskSummary } from "../risk-summary";
import { ApproveOrderForm } from "./approve-order-form";
import { formatDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { timeZone } = await getSettings("store");
  const id = rowId((await params).id);
  if (id === null) notFound();
  const data = await getAdminOrder(id);
  if (!data) notFound();
  const { order, lines, events, payment, refunds } = data;
  const m = (amount: number) => formatMoney({ amount, currency: order.currency });
  const actions = availableActions(machineOrder(order), "staff");
  const formKey = randomUUID();
  const held = isHeld(order);
  const buyLabel = canBuyLabel(order) ? `${order.shippingMethodLabel} · ${m(order.shippingAmount)}` : undefined;
  const a = order.shippingAddress;
  const remaining = order.totalAmount - order.refundedAmount;
  const card = order.paymentMethod === "stripe";
  const paymentLabel = paymentMethodText(order.paymentMethod);
  const unsettled = lines.filter((l) => l.variantId !== null && refundableQuantity(l) > 0);
  const cancelSummary = (
    <>
      <p className="text-base font-semibold text-gray-950">Order {order.number} will be cancelled.</p>
      <p>
        {order.paidAt && remaining > 0
          ? card
            ? `Refund ${m(remaining)} to the customer's card through Stripe.`
            : `Refund ${m(remaining)}, recorded as refunded by hand (${paymentLabel}): send the money yourself.`
          : "Nothing was paid, so nothing is refunded."}
      </p>
      <p>
        {order.stockReleasedAt || unsettled.length === 0
          ? "Nothing goes back to stock."
          : `Back to stock: ${unsettled.map((l) => `${refundableQuantity(l)} × ${lineLabel(l)}`).join(", ")}.`}
      </p>
      <p>The customer is emailed that the order was cancelled.</p>
    </>
  );
  const timeline = events.map((e) => ({
    type: e.type,
    at: e.createdAt,
    data: e.data,
    by: e.actor === "staff" ? (e.staffName ?? e.staffEmail ?? "staff") : e.actor,
  }));
  return (
    <AdminPage
      title={`Order ${order.number}`}
      actions={
        <Link href={`/admin/orders/${order.id}/packing-slip`} className="text-sm font-medium underline">
          Packing slip
        </Link>
      }
      description={`${orderStatusText(order.status)} · placed ${formatDateTime(order.createdAt, { timeZone })} ${timeZone}`}
    >
      <p className="mb-4">
        <StatusBadge status={order.status} />
      </p>
      {order.needsAttention && (
        <p role="note" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Needs attention: {order.needsAttention}
        </p>
      )}
      {order.riskLevel !== "normal" && (
        <div className="mb-4">
          <RiskSummary
            held={held}
            level={order.riskLevel}
            reasons={order.riskReasons}
            approved={order.riskApprovedAt !== null}
            detailed
          />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <div className="overflow-x-auto rounded-lg border border-gray-200">
            <table className={tableClass}>
              <caption className="sr-only">Items</caption>
              <thead className="bg-gray-50">
                <tr>
                  <th scope="col" className={thClass}>
                    Item
                  </th>
                  <th scope="col" className={thClass}>
                    Qty
                  </th>
                  <th scope="col" className={thClass}>
                    Refunded
                  </th>
                  <th scope="col" className={`${thClass} text-right`}>
                    Price
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {lines.map((l) => (
                  <tr key={l.id}>
                    <td className={tdClass}>
                      {l.productId ? (
                        <Link href={`/admin/products/${l.productId}`} className="underline">
                          {l.productName}
                        </Link>
                      ) : (
                        l.productName
                      )}
                      <div className="text-xs text-gray-600">
                        {l.variantTitle} · {l.sku}
                      </div>
                    </td>
                    <td className={tdClass}>{l.quantity}</td>
                    <td className={tdClass}>{l.refundedQuantity || "—"}</td>
                    <td className={`${tdClass} text-right`}>{m(l.lineSubtotal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:max-w-sm">
            <dt>Subtotal</dt>
            <dd className="text-right">{m(order.subtotalAmount)}</dd>
            {order.discountAmount > 0 && (
              <>
                <dt>Discount {order.discountCode}</dt>
                <dd className="text-right">−{m(order.discountAmount)}</dd>
              </>
            )}
            <dt>Shipping ({order.shippingMethodLabel})</dt>
            <dd className="text-right">{m(order.shippingAmount)}</dd>
            <dt>Tax</dt>
            <dd className="text-right">{m(order.taxAmount)}</dd>
            <dt className="font-semibold">Total</dt>
            <dd className="text-right font-semibold">{m(order.totalAmount)}</dd>
            {order.refundedAmount > 0 && (
              <>
                <dt>Refunded</dt>
                <dd className="text-right">{m(order.refundedAmount)}</dd>
              </>
            )}
          </dl>
          <section aria-labelledby="timeline">
            <h2 id="timeline" className="text-lg font-semibold">
              Timeline
            </h2>
            <div className="mt-3">
              <OrderTimeline entries={timeline} currency={order.currency} timeZone={timeZone} />
            </div>
          </section>
        </div>
        <div className="space-y-6">
          <section aria-labelledby="customer" className="text-sm">
            <h2 id="customer" className="text-lg font-semibold">
              Customer
            </h2>
            <p>
              {order.customerName} ·{" "}
              {order.userId ? (
                <Link href={`/admin/customers/${order.userId}`} className="underline">
                  {order.email}
                </Link>
              ) : (
                `${order.email} (guest)`
              )}
            </p>
            <address className="mt-2 not-italic">
              {[a.fullName, a.company, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country, a.phone]
                .filter(Boolean)
                .join(", ")}
            </address>
            {order.phone && (
              <p className="mt-2">
                Texts to {order.phone}: {order.smsOptIn ? "shipping and delivery updates" : "not asked for"}
              </p>
            )}
            <p className="mt-2">
              Payment: {paymentMethodText(order.paymentMethod)} · {paymentStatusText(payment?.status)}
              {payment?.reference ? ` · ${payment.reference}` : ""}
            </p>
            {order.labelUrl && (
              <p className="mt-2">
                <a href={order.labelUrl} className="underline" rel="noreferrer" target="_blank">
                  Shipping label (PDF)
                </a>
              </p>
            )}
            {order.shippedAt && order.trackingNumber && (
              <p className="mt-2">
                Shipped with {order.carrier}:{" "}
                {order.trackingUrl ? (
                  <a href={order.trackingUrl} className="underline" rel="noreferrer">
                    {order.trackingNumber}
                  </a>
                ) : (
                  order.trackingNumber
                )}
              </p>
            )}
            {refunds.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {refunds.map((r) => (
                  <li key={r.id}>
                    {m(r.amount)} refunded ({r.method}){r.reason ? `: ${r.reason}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="actions" className="space-y-3">
            <h2 id="actions" className="text-lg font-semibold">
              Actions
            </h2>
            <OrderActionsPanel>
              {held && <ApproveOrderForm action={approveOrderAction} orderId={order.id} formKey={formKey} />}
              {actions.length === 0 && <p className="text-sm text-gray-700">Nothing left to do on this order.</p>}
              {actions.map((action) =>
                action === "refund" ? (
                  <OrderRefundForm
                    key="refund"
                    action={orderTransitionAction}
                    orderId={order.id}
                    formKey={formKey}
                    currency={order.currency}
                    remaining={remaining}
                    stripe={card}
                    paymentLabel={paymentLabel}
                    lines={lines.map((l) => ({
                      id: l.id,
                      name: lineLabel(l),
                      sku: l.sku,
                      unitPrice: l.unitPrice,
                      refundable: refundableQuantity(l),
                    }))}
                  />
                ) : (
                  <Fragment key={action}>
                    {action === "ship" && buyLabel ? (
                      <OrderActionForm
                        action={orderTransitionAction}
                        orderId={order.id}
                        orderAction="ship"
                        formKey={formKey}
                        buyLabel={buyLabel}
                      />
                    ) : null}
                    <OrderActionForm
                      action={orderTransitionAction}
                      orderId={order.id}
                      orderAction={action}
                      formKey={formKey}
                      cancelSummary={action === "cancel" ? cancelSummary : undefined}
                    />
                  </Fragment>
                ),
              )}
              <OrderNoteForm action={addOrderNoteAction} orderId={order.id} formKey={formKey} />
            </OrderActionsPanel>
          </section>
        </div>
      </div>
    </AdminPage>
  );
}
