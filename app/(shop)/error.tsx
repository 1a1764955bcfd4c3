"use client";

import { ErrorFallback } from "@/components/error-fallback";
import { ShopMain } from "@/components/shop-main";

export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ShopMain>
      <ErrorFallback error={error} retry={retry} />
    </ShopMain>
  );
}
