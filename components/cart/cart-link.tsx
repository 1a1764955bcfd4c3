"use client";

import Link from "next/link";
import { useVisitor } from "@/components/visitor/visitor-provider";

/**
 * The header's mini-cart: a link to /cart with the item count ("Cart, 3 items" to a screen
 * reader). The count is the visitor's, read by the browser (components/visitor); until it
 * is known, or when the cart store cannot say, the link shows no count.
 */
export function CartLink() {
  const count = useVisitor()?.cartCount ?? null;
  return (
    <Link
      href="/cart"
      className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path strokeLinecap="round" strokeLinejoin="round" d="M6 7h12l1 13H5L6 7Zm3 0V6a3 3 0 0 1 6 0v1" />
      </svg>
      <span className="sr-only">Cart{count === null ? "" : ","}</span>
      <span className="min-w-6 rounded-full bg-gray-950 px-2 py-0.5 text-center text-xs font-semibold text-white">
        <span data-testid="cart-count">{count ?? ""}</span>
        {count !== null && <span className="sr-only">{count === 1 ? " item" : " items"}</span>}
      </span>
    </Link>
  );
}
