import type { Metadata } from "next";
import Link from "next/link";
import { CartAnnouncer } from "@/components/cart/cart-announcer";
import { CartLineItem } from "@/components/cart/cart-line-item";
import { CartSummary } from "@/components/cart/cart-summary";
import { CartUnavailable } from "@/components/cart/cart-unavailable";
import { CartSuggestions } from "@/components/recommendations/cart-suggestions";
import { ShopMain } from "@/components/shop-main";
import { readCart, type CartView } from "@/lib/cart";

// Rendered per request: it reads the session, the cart or the URL (docs/architecture.md).
export const instant = false;

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

// Per request by nature (it reads the cart cookie and today's prices and stock).
export default async function CartPage() {
  const read = await readCart();
  return (
    <ShopMain>
      <div className="mx-auto max-w-5xl py-8">
        <h1
          id="cart-heading"
          tabIndex={-1}
          className="text-3xl font-bold tracking-tight text-gray-950 focus:outline-none"
        >
          Your cart
        </h1>
        {!read.ok ? (
          <CartUnavailable message={read.message} retryHref="/cart" />
        ) : read.cart.lines.length === 0 ? (
          <EmptyCart />
        ) : (
          <FilledCart cart={read.cart} />
        )}
      </div>
    </ShopMain>
  );
}

function FilledCart({ cart }: { cart: CartView }) {
  return (
    <CartAnnouncer>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem] lg:items-start">
        <section aria-labelledby="cart-heading">
          <p className="text-sm text-gray-700">
            {cart.itemCount} {cart.itemCount === 1 ? "item" : "items"}
          </p>
          <ul className="divide-y divide-gray-200 border-y border-gray-200">
            {cart.lines.map((line) => (
              <CartLineItem key={line.variantId} line={line} />
            ))}
          </ul>
        </section>
        <CartSummary cart={cart} />
      </div>
      <CartSuggestions variantIds={cart.lines.map((line) => line.variantId)} />
    </CartAnnouncer>
  );
}

function EmptyCart() {
  return (
    <div
      data-testid="cart-empty"
      className="mt-8 rounded-lg border border-dashed border-gray-300 px-6 py-12 text-center"
    >
      <p className="text-lg font-medium text-gray-950">Your cart is empty.</p>
      <p className="mt-2 text-gray-700">Find something you like and add it here.</p>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-gray-950 px-6 py-2.5 text-base font-semibold text-white hover:bg-gray-800"
      >
        Continue shopping
      </Link>
    </div>
  );
}
