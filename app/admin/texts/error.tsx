"use client";

import { ErrorFallback } from "@/components/error-fallback";

export default function TextsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="flex-1">
      <ErrorFallback error={error} retry={retry} />
    </main>
  );
}
