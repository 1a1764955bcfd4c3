import Link from "next/link";
import type { CartView } from "@/lib/cart";
import { formatMoney } from "@/lib/money";

/** Subtotal, estimated shipping and tax, total. The figures come from the server only. */
export function CartSummary({ cart }: { cart: CartView }) {
  const rows = [
    { label: "Subtotal", value: cart.subtotal, testId: "cart-subtotal" },
    { label: "Estimated shipping", value: cart.shipping, testId: "cart-shipping" },
    // Tax-inclusive prices already hold the tax: it is shown, not added to the total.
    {
      label: cart.pricesIncludeTax ? "Estimated tax (included)" : "Estimated tax",
      value: cart.tax,
      testId: "cart-tax",
    },
  ];
  const freeShipping = cart.shipping.amount === 0 && cart.subtotal.amount > 0;
  return (
    <section aria-labelledby="summary-heading" className="rounded-lg bg-gray-50 p-4 sm:p-6">
      <h2 id="summary-heading" className="text-lg font-semibold text-gray-950">
        Order summary
      </h2>
      <dl className="mt-4 space-y-3 text-sm">
        {rows.map((row) => (
          <div key={row.testId} className="flex justify-between gap-4">
            <dt className="text-gray-700">{row.label}</dt>
            <dd className="font-medium text-gray-950">
              <span data-testid={row.testId}>{formatMoney(row.value)}</span>
              {row.testId === "cart-shipping" && freeShipping && <span className="text-green-800"> (free)</span>}
            </dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t border-gray-200 pt-3 text-base">
          <dt className="font-semibold text-gray-950">Total</dt>
          <dd className="font-semibold text-gray-950" data-testid="cart-total">
            {formatMoney(cart.total)}
          </dd>
        </div>
      </dl>
      {cart.untilFreeShipping && cart.untilFreeShipping.amount > 0 && (
        <p className="mt-4 text-sm text-gray-700">
          Add {formatMoney(cart.untilFreeShipping)} more for free standard shipping.
        </p>
      )}
      <p className="mt-2 text-xs text-gray-600">
        Shipping and tax are estimated for the US; checkout uses your address.
      </p>
      {cart.hasIssues && (
        <p className="mt-4 text-sm font-medium text-amber-900">Some items need your attention before checkout.</p>
      )}
      <Link
        href="/checkout"
        className="mt-6 flex min-h-11 w-full items-center justify-center rounded-md bg-gray-950 px-6 py-3 text-base font-semibold text-white hover:bg-gray-800"
      >
        Go to checkout
      </Link>
    </section>
  );
}
