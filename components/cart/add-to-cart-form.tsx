"use client";

import { useId, useRef, useState } from "react";
import { MAX_LINE_QUANTITY, addToCart, type AddedToCart } from "@/lib/cart/client";
import { ActionStatus } from "./action-status";
import { AddedToCartDialog } from "./added-to-cart-dialog";
import { useVisitor } from "@/components/visitor/visitor-provider";
import { fieldError, useCartAction } from "./use-cart-action";

export type AddToCartVariant = { id: number; title: string; stock: number };

/**
 * The product page's add-to-cart form: a quantity and the chosen variant. Pass
 * `selectedVariantId` when the page already has a variant picker (the form follows it);
 * without it, a product with several variants gets a labelled select. Works without
 * JavaScript; with it, the header count moves at once. The price is never sent: the server
 * reads it from the database.
 */
export function AddToCartForm({
  productName,
  variants,
  selectedVariantId,
}: {
  productName: string;
  variants: AddToCartVariant[];
  selectedVariantId?: number;
}) {
  const selected = variants.find((v) => v.id === selectedVariantId);
  // Keyed by variant so a new choice starts with a fresh quantity and message.
  return (
    <AddToCartFormInner
      key={selected?.id ?? "pick"}
      productName={productName}
      variants={variants}
      selected={selected}
    />
  );
}

function AddToCartFormInner({
  productName,
  variants,
  selected,
}: {
  productName: string;
  variants: AddToCartVariant[];
  selected: AddToCartVariant | undefined;
}) {
  const id = useId();
  const visitor = useVisitor();
  const submit = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState<AddedToCart | null>(null);
  const { state, formAction, onSubmit, isPending } = useCartAction(addToCart, {
    optimistic: (formData) => visitor?.adjustCartCount(Math.max(1, Number(formData.get("quantity")) || 1)),
    onResult: (result) => setAdded(result.ok ? (result.data?.added ?? null) : null),
  });
  const single = selected ?? (variants.length === 1 ? variants[0] : undefined);
  const soldOut = single ? single.stock <= 0 : variants.every((v) => v.stock <= 0);
  const max = Math.max(1, Math.min(single?.stock ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY));
  const quantityError = fieldError(state, "quantity");
  const variantError = fieldError(state, "variantId");

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3" aria-label={`Add ${productName} to your cart`}>
      {single ? (
        <input type="hidden" name="variantId" value={single.id} />
      ) : (
        <div>
          <label htmlFor={`${id}-variant`} className="block text-sm font-medium text-gray-900">
            Option
          </label>
          <select
            id={`${id}-variant`}
            name="variantId"
            required
            defaultValue=""
            aria-invalid={variantError ? true : undefined}
            aria-describedby={variantError ? `${id}-variant-error` : undefined}
            className="mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-950"
          >
            <option value="" disabled>
              Choose an option
            </option>
            {variants.map((v) => (
              <option key={v.id} value={v.id} disabled={v.stock <= 0}>
                {v.title}
                {v.stock <= 0 ? " (out of stock)" : ""}
              </option>
            ))}
          </select>
          {variantError && (
            <p id={`${id}-variant-error`} className="mt-1 text-sm text-red-700">
              {variantError}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-quantity`} className="block text-sm font-medium text-gray-900">
            Quantity
          </label>
          <input
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            defaultValue={1}
            required
            disabled={soldOut}
            aria-invalid={quantityError ? true : undefined}
            aria-describedby={quantityError ? `${id}-quantity-error` : undefined}
            className="mt-1 block w-24 rounded-md border border-gray-400 px-3 py-2 text-base text-gray-950 disabled:bg-gray-100"
          />
        </div>
        <button
          ref={submit}
          type="submit"
          disabled={soldOut}
          className="min-h-11 flex-1 rounded-md bg-gray-950 px-6 py-2.5 text-base font-semibold text-white hover:bg-gray-800 disabled:cursor-not-allowed disabled:bg-gray-300 disabled:text-gray-700 sm:flex-none"
        >
          {soldOut ? "Sold out" : "Add to cart"}
        </button>
      </div>
      {quantityError && (
        <p id={`${id}-quantity-error`} className="text-sm text-red-700">
          {quantityError}
        </p>
      )}
      <ActionStatus state={state} pending={isPending} pendingText="Adding to your cart…" />
      <AddedToCartDialog added={added} onClose={() => setAdded(null)} returnFocusTo={submit} />
    </form>
  );
}
