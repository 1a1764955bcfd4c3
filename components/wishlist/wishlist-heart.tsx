"use client";

import { useActionState, useState, useTransition } from "react";
import { submitWishlistHeart } from "@/lib/wishlist/client";
import { toggleWishlist, useWishlist } from "./wishlist-store";

/**
 * The heart on product cards and the product page: a real toggle button. With JavaScript it
 * saves to the account (signed in) or to this browser (guest) without leaving the page;
 * without it, the form posts to a server action that saves and shows the wishlist, or sends a
 * guest to log in. `variantId` is read at click time (the product page's chosen option).
 */
export function WishlistHeart({
  productId,
  productName,
  returnTo,
  variantId,
  variantAtClick,
  size = "sm",
}: {
  productId: number;
  productName: string;
  /** Where a guest without JavaScript comes back to after logging in. */
  returnTo: string;
  /** The variant the server knows was chosen (for the form without JavaScript). */
  variantId?: number;
  /** The variant chosen now, on a page where the shopper can change it. */
  variantAtClick?: () => number | undefined;
  size?: "sm" | "lg";
}) {
  const wishlist = useWishlist();
  const saved = wishlist.ids.has(productId);
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  // Only used without JavaScript (onSubmit takes over with it): the post saves and redirects.
  const [, formAction] = useActionState(submitWishlistHeart, null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = !saved;
    startTransition(async () => {
      const refusal = await toggleWishlist(productId, variantAtClick ? variantAtClick() : variantId, next);
      setMessage(
        refusal
          ? { text: refusal, refused: true }
          : {
              text: next ? `Saved ${productName} to your wishlist.` : `Removed ${productName} from your wishlist.`,
              refused: false,
            },
      );
    });
  }

  const box = size === "lg" ? "h-11 w-11" : "h-9 w-9";
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className={`flex flex-col gap-1 ${size === "lg" ? "items-start" : "items-end"}`}
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variantId ?? ""} />
      <input type="hidden" name="saved" value={String(!saved)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        aria-pressed={saved}
        aria-label={saved ? `Remove ${productName} from wishlist` : `Save ${productName} to wishlist`}
        disabled={pending}
        className={`${box} grid shrink-0 place-items-center rounded-full border border-gray-300 bg-white/95 text-gray-900 shadow-sm hover:border-gray-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-gray-950 disabled:opacity-70`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className={size === "lg" ? "h-6 w-6" : "h-5 w-5"}
          fill={saved ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="2"
        >
          <path
            strokeLinejoin="round"
            d="M12 20.5s-7.5-4.6-9.3-9.2C1.5 8 3.5 4.5 7 4.5c2 0 3.6 1.1 5 3 1.4-1.9 3-3 5-3 3.5 0 5.5 3.5 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2Z"
          />
        </svg>
      </button>
      {/* Refusals (the cap, a limit) show; a plain success is announced only: the heart shows it. */}
      <p
        role="status"
        className={
          message?.refused
            ? "max-w-56 rounded-md bg-white px-2 py-1 text-right text-xs text-red-800 shadow-sm"
            : "sr-only"
        }
      >
        {message?.text}
      </p>
    </form>
  );
}
