import Link from "next/link";
import { variantLabel, type CartView } from "@/lib/cart";
import { formatMoney } from "@/lib/money";

/** The cart beside the details form: what is being bought; the review has the full breakdown. */
export function CartBrief({ cart }: { cart: CartView }) {
  return (
    <section aria-labelledby="cart-brief-heading" className="rounded-lg bg-gray-50 p-4 sm:p-6">
      <h2 id="cart-brief-heading" className="text-lg font-semibold text-gray-950">
        In your cart
      </h2>
      <ul className="mt-4 space-y-3 text-sm">
        {cart.lines.map((line) => (
          <li key={line.variantId} className="flex justify-between gap-4">
            <span className="text-gray-800">
              {line.quantity} × {variantLabel({ productName: line.productName, title: line.variantTitle })}
            </span>
            <span className="font-medium text-gray-950">{line.lineTotal ? formatMoney(line.lineTotal) : "—"}</span>
          </li>
        ))}
      </ul>
      <p className="mt-4 flex justify-between border-t border-gray-200 pt-3 text-sm font-semibold text-gray-950">
        <span>Subtotal</span>
        <span>{formatMoney(cart.subtotal)}</span>
      </p>
      <Link href="/cart" className="mt-4 inline-block text-sm font-medium text-gray-950 underline">
        Edit cart
      </Link>
    </section>
  );
}
