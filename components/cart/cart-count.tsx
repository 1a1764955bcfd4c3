"use client";

import { useCartCountDelta } from "./cart-count-provider";

export function CartCount({ count }: { count: number }) {
  const shown = Math.max(0, count + (useCartCountDelta()?.delta ?? 0));
  return (
    <>
      <span data-testid="cart-count">{shown}</span>
      <span className="sr-only">{shown === 1 ? " item" : " items"}</span>
    </>
  );
}
