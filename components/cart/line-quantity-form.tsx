"use client";

import { useId } from "react";
import type { ActionResult } from "@/lib/actions";
import { MAX_LINE_QUANTITY, updateCartLineQuantity, type CartChange } from "@/lib/cart/client";
import { useVisitor } from "@/components/visitor/visitor-provider";
import { fieldError, useCartAction } from "./use-cart-action";

/** A labelled number input and an Update button; 0 removes the line. */
export function LineQuantityForm({
  variantId,
  label,
  quantity,
  onOptimistic,
}: {
  variantId: number;
  label: string;
  quantity: number;
  onOptimistic: (quantity: number) => void;
}) {
  const id = useId();
  const visitor = useVisitor();
  const { state, formAction, onSubmit, isPending } = useCartAction(updateCartLineQuantity, {
    optimistic: (formData) => {
      const next = Number(formData.get("quantity"));
      if (!Number.isInteger(next) || next < 0 || next > MAX_LINE_QUANTITY) return;
      onOptimistic(next);
      visitor?.adjustCartCount(next - quantity);
    },
  });
  const error = fieldError(state, "quantity") ?? formErrorOf(state);

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="variantId" value={variantId} />
      <div>
        <label htmlFor={`${id}-q`} className="block text-xs font-medium text-gray-700">
          Quantity<span className="sr-only"> of {label}</span>
        </label>
        <input
          id={`${id}-q`}
          // Re-mount on a new server quantity so the field shows what the cart now holds.
          key={quantity}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_LINE_QUANTITY}
          step={1}
          defaultValue={quantity}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-status`}
          className="mt-1 block w-20 rounded-md border border-gray-400 px-2 py-1.5 text-base text-gray-950"
        />
      </div>
      <button
        type="submit"
        className="min-h-9 rounded-md border border-gray-400 px-3 py-1.5 text-sm font-medium text-gray-900 hover:bg-gray-100"
      >
        Update<span className="sr-only"> quantity of {label}</span>
      </button>
      <p id={`${id}-status`} role="status" className={`w-full text-sm ${error ? "text-red-700" : "text-gray-700"}`}>
        {isPending ? "Updating…" : (error ?? (state?.ok ? state.message : ""))}
      </p>
    </form>
  );
}

function formErrorOf(state: ActionResult<CartChange> | null): string | undefined {
  return state && !state.ok ? state.formError : undefined;
}
