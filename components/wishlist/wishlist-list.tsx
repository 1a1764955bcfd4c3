"use client";

import Image from "next/image";
import Link from "next/link";
import { useActionState, useState, useTransition } from "react";
import type { FormAction } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions";
import { Price } from "@/components/price";
import { useVisitor } from "@/components/visitor/visitor-provider";
import { productPath, stockLabel } from "@/lib/catalog/client";
import { moveToCart, removeFromWishlist, type WishlistItemView } from "@/lib/wishlist/client";
import { WishlistEmpty } from "./wishlist-empty";

type Outcome = { text: string; ok: boolean };

const button =
  "rounded-md px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-950 disabled:opacity-60";

/**
 * The saved items with what can be done to each. Signed in (no `onRemove`): "Move to cart"
 * and "Remove" are forms posting to server actions (they work without JavaScript; with it
 * the outcome is announced here and the header's cart count is read again). A guest's
 * browser list passes `onRemove`, and its items link to their pages. It shows the empty state
 * too, so the outcome of removing the last item stays on screen.
 */
export function WishlistList({
  items,
  onRemove,
}: {
  items: WishlistItemView[];
  onRemove?: (productId: number) => void;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const visitor = useVisitor();

  function done(result: ActionResult<unknown>) {
    setOutcome(
      result.ok
        ? { text: result.message ?? "Done.", ok: true }
        : { text: result.formError ?? "That did not work. Please try again.", ok: false },
    );
    if (result.ok) visitor?.refresh();
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {outcome && (
          <p
            className={`rounded-md px-3 py-2 text-sm ${outcome.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
          >
            {outcome.text}
          </p>
        )}
      </div>
      {items.length === 0 ? (
        <WishlistEmpty />
      ) : (
        <ul className="divide-y divide-gray-200 border-y border-gray-200" aria-label="Saved items">
          {items.map((item) => {
            const href = productPath(
              item.slug,
              item.variantLabel && item.cartVariantId ? { id: item.cartVariantId } : undefined,
            );
            const canMove = item.available && item.cartVariantId !== null && item.stock > 0;
            return (
              <li key={item.productId} className="flex gap-4 py-4" data-testid="wishlist-item">
                <div className="relative h-24 w-24 shrink-0 overflow-hidden rounded-md bg-gray-100">
                  {item.image ? (
                    <Image src={item.image.url} alt={item.image.alt} fill sizes="6rem" className="object-cover" />
                  ) : (
                    <span className="absolute inset-0 grid place-items-center text-xs text-gray-600">No image</span>
                  )}
                </div>
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <p className="font-medium text-gray-950">
                    {item.available ? (
                      <Link href={href} className="hover:underline">
                        {item.name}
                      </Link>
                    ) : (
                      item.name
                    )}
                  </p>
                  {item.variantLabel && <p className="text-sm text-gray-700">{item.variantLabel}</p>}
                  {item.price && (
                    <div className="flex items-baseline gap-1 text-sm text-gray-800">
                      {item.fromPrice && <span>From</span>}
                      <Price price={item.price} compareAt={null} />
                    </div>
                  )}
                  <p className="text-sm text-gray-800">
                    {!item.available
                      ? "No longer available"
                      : item.stock > 0
                        ? stockLabel(item.stock)
                        : onRemove
                          ? "Out of stock"
                          : "Out of stock: we will email you when it is back."}
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    {!onRemove && canMove && (
                      <RowAction action={moveToCart} productId={item.productId} onDone={done} primary>
                        Move to cart<span className="sr-only">: {item.name}</span>
                      </RowAction>
                    )}
                    {item.available && (onRemove || item.cartVariantId === null) && item.stock > 0 && (
                      <Link href={href} className={`${button} border border-gray-300 text-gray-900 hover:bg-gray-50`}>
                        {onRemove ? "View" : "Choose options"}
                        <span className="sr-only"> for {item.name}</span>
                      </Link>
                    )}
                    {onRemove ? (
                      <button
                        type="button"
                        onClick={() => {
                          onRemove(item.productId);
                          setOutcome({ text: `Removed ${item.name} from your wishlist.`, ok: true });
                        }}
                        className={`${button} border border-gray-300 bg-white text-gray-900 hover:bg-gray-50`}
                      >
                        Remove<span className="sr-only">: {item.name}</span>
                      </button>
                    ) : (
                      <RowAction action={removeFromWishlist} productId={item.productId} onDone={done}>
                        Remove<span className="sr-only">: {item.name}</span>
                      </RowAction>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** One item's server-action button: posts without JavaScript; with it, reports the outcome. */
function RowAction({
  action,
  productId,
  onDone,
  primary = false,
  children,
}: {
  action: FormAction;
  productId: number;
  onDone: (result: ActionResult<unknown>) => void;
  primary?: boolean;
  children: React.ReactNode;
}) {
  // Without JavaScript the form posts the action; with it, the result goes to the list at
  // once: the action refreshes the page, which may remove this row before any effect here.
  const [, formAction] = useActionState(action, null);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => onDone(await action(null, data)));
  }
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="productId" value={productId} />
      <button
        type="submit"
        disabled={pending}
        className={`${button} ${primary ? "bg-gray-950 text-white hover:bg-gray-800" : "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50"}`}
      >
        {children}
      </button>
    </form>
  );
}
