"use client";

import Link from "next/link";
import { useEffect } from "react";

// One fallback for every error.tsx boundary. It never shows the error's message: in
// production that is a generic digest anyway, and in development it may leak internals.
export function ErrorFallback({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-gray-950">We couldn’t load this page</h1>
      <p className="mt-4 text-gray-700">This is on our side, not yours. Please try again in a moment.</p>
      {digest && <p className="mt-2 text-xs text-gray-600">Reference: {digest}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
