import Link from "next/link";

export function EmptyCheckout() {
  return (
    <div className="mt-8 rounded-lg border border-dashed border-gray-300 px-6 py-12 text-center">
      <p className="text-lg font-medium text-gray-950">Your cart is empty.</p>
      <p className="mt-2 text-gray-700">Add something to your cart to check out.</p>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-gray-950 px-6 py-2.5 text-base font-semibold text-white hover:bg-gray-800"
      >
        Continue shopping
      </Link>
    </div>
  );
}
