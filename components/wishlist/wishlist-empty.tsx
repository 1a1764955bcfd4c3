import Link from "next/link";

export function WishlistEmpty() {
  return (
    <div className="rounded-lg border border-dashed border-gray-300 px-6 py-10 text-center">
      <p className="font-medium text-gray-950">Your wishlist is empty.</p>
      <p className="mt-1 text-sm text-gray-700">Use the heart on any product to save it here for later.</p>
      <Link
        href="/"
        className="mt-4 inline-block rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800"
      >
        Browse the store
      </Link>
    </div>
  );
}
