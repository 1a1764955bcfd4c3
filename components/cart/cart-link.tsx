import Link from "next/link";
import { getCartCount } from "@/lib/cart/get-cart";
import { CartCount } from "./cart-count";

/**
 * The header's mini-cart: a link to /cart with the item count ("Cart, 3 items" to a screen
 * reader). A server component reading the cart cookie, so its route renders per request.
 */
export async function CartLink() {
  const count = await getCartCount();
  return (
    <Link
      href="/cart"
      className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path strokeLinecap="round" strokeLinejoin="round" d="M6 7h12l1 13H5L6 7Zm3 0V6a3 3 0 0 1 6 0v1" />
      </svg>
      <span className="sr-only">Cart,</span>
      <span className="min-w-6 rounded-full bg-gray-950 px-2 py-0.5 text-center text-xs font-semibold text-white">
        <CartCount count={count} />
      </span>
    </Link>
  );
}

/** The same link under the name the issue uses. */
export const MiniCart = CartLink;
