"use client";

import { useId } from "react";
import type { ActionResult } from "@/lib/actions";
import { MAX_LINE_QUANTITY, updateCartLineQuantity, type CartChange } from "@/lib/cart/client";
import { useVisitor } from "@/components/visitor/visitor-provider";
import { fieldError, useCartAction } from "./use-cart-action";

/**
 * A labelled number input and an Update button; 0 removes the line. − and + post the
 * quantity one lower or higher through the same action (a form of their own, which they
 * name with the form attribute), so they work without JavaScript too; + stops at what is in
 * stock, and − at 1 removes the line, as 0 typed in does.
 */
export function LineQuantityForm({
  variantId,
  label,
  quantity,
  stock,
  onOptimistic,
}: {
  variantId: number;
  label: string;
  quantity: number;
  stock: number;
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
  const stepForm = `${id}-step`;
  const most = Math.min(stock, MAX_LINE_QUANTITY);
  const step =
    "grid size-9 place-items-center rounded-md border border-gray-400 text-lg font-medium text-gray-900 hover:bg-gray-100 disabled:cursor-not-allowed disabled:border-gray-200 disabled:text-gray-400";

  return (
    <div className="flex flex-wrap items-end gap-2">
      <form id={stepForm} action={formAction} onSubmit={onSubmit} className="contents">
        <input type="hidden" name="variantId" value={variantId} />
      </form>
      <form action={formAction} onSubmit={onSubmit} className="contents">
        <input type="hidden" name="variantId" value={variantId} />
        <button
          type="submit"
          form={stepForm}
          name="quantity"
          value={quantity - 1}
          aria-label={`Decrease quantity of ${label}`}
          className={step}
        >
          <span aria-hidden="true">−</span>
        </button>
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
          form={stepForm}
          name="quantity"
          value={quantity + 1}
          disabled={quantity >= most}
          aria-label={`Increase quantity of ${label}`}
          className={step}
        >
          <span aria-hidden="true">+</span>
        </button>
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
    </div>
  );
}

function formErrorOf(state: ActionResult<CartChange> | null): string | undefined {
  return state && !state.ok ? state.formError : undefined;
}
