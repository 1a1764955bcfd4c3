"use client";

import { addToCart } from "@/lib/cart/actions/add-to-cart";
import { ActionStatus } from "./action-status";
import { useCartCountDelta } from "./cart-count-provider";
import { useCartAction } from "./use-cart-action";

/**
 * A one-click "Add to cart" (quantity 1) for listings. Only for a product with a single
 * variant: one with options needs its product page. Put it beside the card's link, not
 * inside it (a button inside a link is invalid and unusable by keyboard).
 */
export function AddToCartButton({
  variantId,
  productName,
  inStock = true,
  className = "",
}: {
  variantId: number;
  productName: string;
  inStock?: boolean;
  className?: string;
}) {
  const count = useCartCountDelta();
  const { state, formAction, onSubmit, isPending } = useCartAction(addToCart, { optimistic: () => count?.adjust(1) });
  return (
    <form action={formAction} onSubmit={onSubmit} className={className}>
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="quantity" value={1} />
      <button
        type="submit"
        disabled={!inStock}
        // Starts with the visible text (WCAG 2.5.3) and says which product, among many.
        aria-label={`${inStock ? "Add to cart" : "Sold out"}: ${productName}`}
        className="min-h-10 w-full rounded-md border border-gray-950 px-3 py-2 text-sm font-semibold text-gray-950 hover:bg-gray-950 hover:text-white disabled:cursor-not-allowed disabled:border-gray-300 disabled:text-gray-600 disabled:hover:bg-transparent"
      >
        {inStock ? "Add to cart" : "Sold out"}
      </button>
      <ActionStatus state={state} pending={isPending} pendingText="Adding…" className="mt-1 min-h-5 text-xs" />
    </form>
  );
}
