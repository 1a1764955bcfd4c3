import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CheckoutCartUnavailable } from "@/components/checkout/checkout-cart-unavailable";
import { CheckoutSteps } from "@/components/checkout/checkout-steps";
import { DeliveryChoiceForm } from "@/components/checkout/delivery-choice-form";
import { EmptyCheckout } from "@/components/checkout/empty-checkout";
import { PlaceOrderForm } from "@/components/checkout/place-order-form";
import { AddressBlock } from "@/components/orders/address-block";
import { LineItems } from "@/components/orders/line-items";
import { Totals } from "@/components/orders/totals";
import { ShopMain } from "@/components/shop-main";
import { getCheckoutReview, STORE_METHOD_CHOICE } from "@/lib/checkout";
import { formatMoney } from "@/lib/money";
import { paymentMethodLabels } from "@/lib/orders";
import { chooseCheckoutDelivery, placeCheckoutOrder } from "../actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = { title: "Review your order", robots: { index: false } };

export default async function CheckoutReviewPage() {
  await connection();
  const review = await getCheckoutReview();
  if (review.state === "needs-details") redirect("/checkout");
  if (review.state === "cart-unavailable") {
    return <CheckoutCartUnavailable title="Review your order" message={review.message} retryHref="/checkout/review" />;
  }
  if (review.state === "empty") {
    return (
      <ShopMain>
        <div className="mx-auto max-w-5xl py-8">
          <h1 className="text-3xl font-bold tracking-tight text-gray-950">Review your order</h1>
          <EmptyCheckout />
        </div>
      </ShopMain>
    );
  }

  const { details, review: priced, stripePayable, liveRates } = review;
  const { quote, issues, storeShipping } = priced;
  const chosenRate = quote.shipping.carrierRate?.rateId;
  // The carrier's rates beside the store's method; none when no carrier answered in time.
  const deliveryOptions =
    liveRates.length > 0
      ? [
          {
            value: STORE_METHOD_CHOICE,
            label: storeShipping.label,
            delivery: storeShipping.delivery,
            price: formatMoney(storeShipping.price),
          },
          ...liveRates.map((r) => ({
            value: r.token,
            label: r.label,
            delivery: r.delivery,
            price: formatMoney(r.price),
          })),
        ]
      : [];
  const chosenOption = liveRates.find((r) => r.rateId === chosenRate)?.token ?? STORE_METHOD_CHOICE;
  const problems = [
    ...issues.map((i) => i.message),
    ...(quote.discountError ? [`${quote.discountError} Edit your details to remove the code.`] : []),
    ...(details.paymentMethod === "stripe" && !stripePayable
      ? ["Card payment is not available for this order. Choose another payment method."]
      : []),
  ];
  // A fresh key per render of the review: the same form submitted twice is one order.
  const attempt = randomBytes(16).toString("base64url");
  const edit = (what: string) => (
    <Link href="/checkout" className="text-sm font-medium text-gray-950 underline">
      Edit<span className="sr-only"> {what}</span>
    </Link>
  );

  return (
    <ShopMain>
      <div className="mx-auto max-w-5xl py-8">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950">Review your order</h1>
        <CheckoutSteps current="review" />
        {problems.length > 0 && (
          <div role="alert" className="mt-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p className="font-medium">Before you place the order:</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <Link href="/cart" className="mt-2 inline-block font-medium underline">
              Go to your cart
            </Link>
          </div>
        )}
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem] lg:items-start">
          <div className="space-y-8">
            <section aria-labelledby="items-heading">
              <h2 id="items-heading" className="text-lg font-semibold text-gray-950">
                Items
              </h2>
              <LineItems
                currency={quote.currency}
                lines={quote.lines.map((l) => ({
                  key: l.variantId,
                  name: l.productName,
                  variant: l.variantTitle,
                  quantity: l.quantity,
                  unitPrice: l.unitPrice.amount,
                  total: l.lineSubtotal.amount,
                }))}
              />
            </section>
            <div className="grid gap-6 sm:grid-cols-2">
              <section aria-labelledby="contact-heading">
                <div className="flex items-baseline justify-between">
                  <h2 id="contact-heading" className="font-semibold text-gray-950">
                    Contact
                  </h2>
                  {edit("contact")}
                </div>
                <p className="mt-2 text-sm text-gray-800">{details.email}</p>
                {details.smsPhone && details.smsOptIn ? (
                  <p className="mt-1 text-sm text-gray-800">Shipping and delivery texts to {details.smsPhone}</p>
                ) : null}
              </section>
              <section aria-labelledby="deliver-heading">
                <div className="flex items-baseline justify-between">
                  <h2 id="deliver-heading" className="font-semibold text-gray-950">
                    Delivery address
                  </h2>
                  {edit("delivery address")}
                </div>
                <div className="mt-2">
                  <AddressBlock address={details.address} />
                </div>
              </section>
              <section aria-labelledby="ship-heading">
                <h2 id="ship-heading" className="font-semibold text-gray-950">
                  Shipping
                </h2>
                <p className="mt-2 text-sm text-gray-800">
                  {quote.shipping.label} · {quote.shipping.delivery}
                </p>
                {deliveryOptions.length > 0 ? (
                  <DeliveryChoiceForm action={chooseCheckoutDelivery} options={deliveryOptions} chosen={chosenOption} />
                ) : null}
              </section>
              <section aria-labelledby="pay-heading">
                <h2 id="pay-heading" className="font-semibold text-gray-950">
                  Payment
                </h2>
                <p className="mt-2 text-sm text-gray-800">{paymentMethodLabels[details.paymentMethod]}</p>
              </section>
            </div>
          </div>
          <section aria-labelledby="summary-heading" className="rounded-lg bg-gray-50 p-4 sm:p-6">
            <h2 id="summary-heading" className="text-lg font-semibold text-gray-950">
              Order summary
            </h2>
            <div className="mt-4">
              <Totals
                testIdPrefix="review"
                figures={{
                  currency: quote.currency,
                  subtotal: quote.subtotal.amount,
                  discount: quote.discount.amount,
                  discountCode: quote.discountCode,
                  shipping: quote.shipping.price.amount,
                  shippingLabel: quote.shipping.label,
                  tax: quote.tax.amount,
                  taxRate: quote.taxBasisPoints,
                  pricesIncludeTax: quote.pricesIncludeTax,
                  taxLines: quote.taxLines,
                  total: quote.total.amount,
                }}
              />
            </div>
            <div className="mt-6">
              <PlaceOrderForm
                action={placeCheckoutOrder}
                attempt={attempt}
                fingerprint={priced.fingerprint}
                label={details.paymentMethod === "stripe" ? "Continue to payment" : "Place order"}
                disabled={problems.length > 0}
              />
            </div>
          </section>
        </div>
      </div>
    </ShopMain>
  );
}
