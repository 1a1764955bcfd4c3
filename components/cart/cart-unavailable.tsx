import Link from "next/link";

/**
 * In place of the cart (cart page, checkout) when the cart store cannot answer: the message,
 * at once, and a way to try again; nothing on the page pretends the cart is empty.
 */
export function CartUnavailable({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <div
      role="alert"
      data-testid="cart-unavailable"
      className="mt-8 rounded-lg border border-amber-300 bg-amber-50 px-6 py-8 text-center"
    >
      <p className="text-lg font-medium text-amber-950">{message}</p>
      <Link
        href={retryHref}
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-gray-950 px-6 py-2.5 text-base font-semibold text-white hover:bg-gray-800"
      >
        Try again
      </Link>
    </div>
  );
}
