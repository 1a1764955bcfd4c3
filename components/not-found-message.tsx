import Link from "next/link";

export function NotFoundMessage({ title, message }: { title: string; message: string }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-20 text-center">
      <p className="text-sm font-semibold text-gray-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-gray-950">{title}</h1>
      <p className="mt-4 text-gray-700">{message}</p>
      <Link
        href="/"
        className="mt-8 rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800"
      >
        Go to the home page
      </Link>
    </div>
  );
}
