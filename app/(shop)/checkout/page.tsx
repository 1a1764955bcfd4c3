import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CheckoutSteps } from "@/components/checkout/checkout-steps";
import { CartBrief } from "@/components/checkout/cart-brief";
import { CheckoutCartUnavailable } from "@/components/checkout/checkout-cart-unavailable";
import { DetailsForm } from "@/components/checkout/details-form";
import { EmptyCheckout } from "@/components/checkout/empty-checkout";
import { ShopMain } from "@/components/shop-main";
import { getCheckoutStart, formatAddressLine } from "@/lib/checkout";
import { getSettings } from "@/lib/settings";
import { submitCheckoutDetails } from "./actions";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage() {
  await connection();
  const start = await getCheckoutStart();
  if (start.state === "cart-unavailable")
    return <CheckoutCartUnavailable title="Checkout" message={start.message} retryHref="/checkout" />;
  const { cart, user, addresses, draft, methods } = start;
  const shippingSettings = await getSettings("shipping");
  return (
    <ShopMain>
      <div className="mx-auto max-w-5xl py-8">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950">Checkout</h1>
        <CheckoutSteps current="details" />
        {cart.lines.length === 0 ? (
          <EmptyCheckout />
        ) : (
          <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem] lg:items-start">
            <div>
              {cart.hasIssues && (
                <p role="alert" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  Some items in your cart need your attention.{" "}
                  <Link href="/cart" className="font-medium underline">
                    Review your cart
                  </Link>{" "}
                  before you place the order.
                </p>
              )}
              <DetailsForm
                action={submitCheckoutDetails}
                signedInEmail={user?.email ?? null}
                savedAddresses={addresses.map((a) => ({
                  id: a.id,
                  label: formatAddressLine(a),
                  country: a.country,
                  isDefault: a.isDefault,
                }))}
                draft={draft}
                methods={methods}
                subtotal={cart.subtotal}
                weightGrams={cart.weightGrams}
                shippingSettings={shippingSettings}
              />
            </div>
            <CartBrief cart={cart} />
          </div>
        )}
      </div>
    </ShopMain>
  );
}
