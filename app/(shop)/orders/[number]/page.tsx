import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CheckoutSteps } from "@/components/checkout/checkout-steps";
import { AutoRefresh } from "@/components/orders/auto-refresh";
import { CardPaymentActions } from "@/components/orders/card-payment-actions";
import { CarrierEvents } from "@/components/orders/carrier-events";
import { OrderDetail } from "@/components/orders/order-detail";
import { ShopMain } from "@/components/shop-main";
import { listCarrierEvents } from "@/lib/carriers";
import { getOrderForViewer } from "@/lib/orders";
import { cancelUnpaidOrder, payForOrder } from "@/lib/payments";
import { getSettings } from "@/lib/settings";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

// The buyer's order page and the checkout's confirmation. Opens for the owner's account or
// with the access token from the confirmation link; anyone else gets the same 404 as for a
// number that does not exist. Coming back from Stripe (?payment=return) only shows the
// status: the webhook, not this page, marks the order paid.

export const metadata: Metadata = {
  title: "Your order",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const paymentNotices: Record<string, string> = {
  return:
    "Thank you. We are waiting for Stripe to confirm your payment; this page shows it as paid once it has. You will also get a receipt by email.",
  cancelled:
    "You left the payment page before paying. Your items stay reserved for a little while: pay now, or cancel the order.",
  retry: "We could not open the payment page. Please try again.",
};

export default async function OrderPage({ params, searchParams }: Props) {
  await connection();
  const { number } = await params;
  const query = await searchParams;
  const token = one(query.token);
  const view = await getOrderForViewer(number, token);
  if (!view) notFound();
  const { timeZone } = await getSettings("store");
  const { order, payment } = view;
  const carrierEvents = await listCarrierEvents(order.id);
  const paymentParam = one(query.payment);
  const fresh = order.status === "awaiting_payment" || order.status === "placed";
  const awaitingCard =
    order.paymentMethod === "stripe" && order.status === "awaiting_payment" && payment?.status === "pending";
  const notice = paymentParam && order.status === "awaiting_payment" ? paymentNotices[paymentParam] : undefined;

  return (
    <ShopMain>
      <div className="mx-auto max-w-5xl py-8">
        {fresh && <CheckoutSteps current="done" />}
        <h1 className="mt-4 text-3xl font-bold tracking-tight text-gray-950">
          {fresh ? "Thank you for your order" : "Your order"}{" "}
          <span className="block text-xl font-semibold text-gray-700 sm:inline">{order.number}</span>
        </h1>
        {notice && (
          <p role="status" className="mt-4 rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">
            {notice}
          </p>
        )}
        {paymentParam === "return" && order.status === "awaiting_payment" && <AutoRefresh />}
        {payment?.status === "processing" && (
          <p role="status" className="mt-4 rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">
            Your payment is being processed by your bank. We will email you as soon as it is confirmed.
          </p>
        )}
        <div className="mt-6">
          <OrderDetail
            view={view}
            timeZone={timeZone}
            token={token}
            paymentSlot={
              awaitingCard && paymentParam !== "return" ? (
                <CardPaymentActions
                  payAction={payForOrder}
                  cancelAction={cancelUnpaidOrder}
                  number={order.number}
                  token={token}
                />
              ) : null
            }
          />
        </div>
        <CarrierEvents events={carrierEvents} timeZone={timeZone} />
      </div>
    </ShopMain>
  );
}
