"use client";

import { removeFromCart } from "@/lib/cart/client";
import { useAnnounce } from "./cart-announcer";
import { useVisitor } from "@/components/visitor/visitor-provider";
import { useCartAction } from "./use-cart-action";

export function RemoveLineButton({
  variantId,
  label,
  quantity,
  onOptimistic,
}: {
  variantId: number;
  label: string;
  quantity: number;
  onOptimistic: () => void;
}) {
  const visitor = useVisitor();
  const announce = useAnnounce();
  const { formAction, onSubmit } = useCartAction(removeFromCart, {
    optimistic: () => {
      onOptimistic();
      visitor?.adjustCartCount(-quantity);
      announce(`Removing ${label}…`);
    },
    onResult: (result) =>
      announce(result.ok ? (result.message ?? "") : (result.formError ?? "Could not remove the item.")),
  });
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        onSubmit(event);
        // The row is about to go; keep keyboard focus on the page, at its heading.
        document.getElementById("cart-heading")?.focus();
      }}
    >
      <input type="hidden" name="variantId" value={variantId} />
      <button
        type="submit"
        className="min-h-9 rounded-md px-2 py-1.5 text-sm font-medium text-red-700 underline underline-offset-4 hover:text-red-900"
      >
        Remove<span className="sr-only"> {label}</span>
      </button>
    </form>
  );
}
