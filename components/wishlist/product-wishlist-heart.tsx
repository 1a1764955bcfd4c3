"use client";

import { productPath, resolveVariant } from "@/lib/catalog/client";
import Link from "next/link";
import { WishlistHeart } from "./wishlist-heart";
import { useWishlist } from "./wishlist-store";

type VariantRef = { id: number; sku: string; stock: number };

/**
 * The product page's heart: saves the option the shopper has chosen. The variant picker keeps
 * the choice in the URL (?variant=, replaced in place), so the heart reads it from there at
 * click time; with one variant that one is saved, and with several and none chosen, the
 * product (any option coming back in stock counts).
 */
export function ProductWishlistHeart({
  productId,
  productName,
  slug,
  variants,
  chosenVariantId,
}: {
  productId: number;
  productName: string;
  slug: string;
  variants: VariantRef[];
  /** The variant the page was rendered for, when its URL named one. */
  chosenVariantId?: number;
}) {
  const only = variants.length === 1 ? variants[0]!.id : undefined;
  const wishlist = useWishlist();

  function variantAtClick(): number | undefined {
    const param =
      new URLSearchParams(window.location.search).get("variant") ??
      /\/variant\/([^/]+)$/.exec(window.location.pathname)?.[1];
    if (!param) return only;
    return resolveVariant(variants, decodeURIComponent(param))?.id ?? only;
  }

  return (
    <div className="flex items-start gap-3">
      <WishlistHeart
        productId={productId}
        productName={productName}
        returnTo={productPath(slug)}
        variantId={chosenVariantId ?? only}
        variantAtClick={variantAtClick}
        size="lg"
      />
      <Link
        href={wishlist.status === "guest" ? "/wishlist" : "/account/wishlist"}
        className="py-2.5 text-sm font-medium text-gray-900 underline underline-offset-4 hover:text-gray-700"
      >
        Your wishlist
      </Link>
    </div>
  );
}
