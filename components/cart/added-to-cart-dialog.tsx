"use client";

import Image from "next/image";
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import type { AddedToCart } from "@/lib/cart/client";
import { formatMoney } from "@/lib/money";

/**
 * The panel that opens after an add, with JavaScript only (without it the form's message is
 * the answer, as before): the line as the cart now holds it, the cart's subtotal, and the
 * ways on. A modal <dialog>: focus moves to its heading, Escape or "Continue shopping"
 * closes it, and focus goes back to what opened it.
 */
export function AddedToCartDialog({
  added,
  onClose,
  returnFocusTo,
}: {
  added: AddedToCart | null;
  onClose: () => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element || !added) return;
    if (!element.open) element.showModal();
    heading.current?.focus();
    // A page the router keeps hidden after a navigation must not leave a modal open over
    // the next one (it would make that page inert).
    return () => element.close();
  }, [added]);

  function close() {
    dialog.current?.close();
  }

  const line = added?.line;
  const options = line ? Object.entries(line.options) : [];
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        returnFocusTo.current?.focus();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-gray-950 shadow-xl backdrop:bg-gray-950/40 sm:mt-20 sm:mr-6"
    >
      {added && line && (
        <div className="space-y-4">
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            Added to your cart
          </h2>
          <div className="flex gap-3" data-testid="added-line">
            <div className="relative size-16 shrink-0 overflow-hidden rounded-md bg-gray-100">
              {line.image && <Image src={line.image.url} alt="" fill sizes="64px" className="object-cover" />}
            </div>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium">{line.productName}</p>
              {options.length > 0 && (
                <p className="text-gray-700">{options.map(([name, value]) => `${name}: ${value}`).join(", ")}</p>
              )}
              <p className="text-gray-700">
                Quantity in cart: <span data-testid="added-quantity">{line.quantity}</span>
                {line.lineTotal && <> · {formatMoney(line.lineTotal)}</>}
              </p>
            </div>
          </div>
          <p className="flex justify-between border-t border-gray-200 pt-3 text-sm">
            <span>
              Cart subtotal ({added.itemCount} {added.itemCount === 1 ? "item" : "items"})
            </span>
            <span className="font-semibold" data-testid="added-subtotal">
              {added.subtotal ? formatMoney(added.subtotal) : "—"}
            </span>
          </p>
          <div className="flex flex-wrap gap-2">
            <Link
              href="/checkout"
              onClick={close}
              className="inline-flex min-h-11 flex-1 items-center justify-center rounded-md bg-gray-950 px-4 py-2 font-semibold text-white hover:bg-gray-800"
            >
              Checkout
            </Link>
            <Link
              href="/cart"
              onClick={close}
              className="inline-flex min-h-11 flex-1 items-center justify-center rounded-md border border-gray-400 px-4 py-2 font-semibold text-gray-950 hover:bg-gray-100"
            >
              View cart
            </Link>
          </div>
          <button
            type="button"
            onClick={close}
            className="w-full text-sm font-medium text-gray-800 underline underline-offset-4 hover:text-gray-950"
          >
            Continue shopping
          </button>
        </div>
      )}
    </dialog>
  );
}
