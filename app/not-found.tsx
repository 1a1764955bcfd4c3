import Link from "next/link";

// Unmatched URLs land here, outside the shop layout: this page is prerendered at build
// time, when the database (and so the category navigation) must not be touched.
export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <p className="text-sm font-semibold text-gray-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-gray-950">Page not found</h1>
      <p className="mt-4 text-gray-700">The page you’re looking for doesn’t exist or has moved.</p>
      <Link href="/" className="mt-8 rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800">
        Go to the home page
      </Link>
    </main>
  );
}
