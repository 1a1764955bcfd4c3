import type { CatalogImage } from "@/lib/catalog";
import type { Money } from "@/lib/money";

// What the wishlist pages and hearts show. JSON only: these cross to the browser.

/** One saved product as /account/wishlist (and a guest's browser list) shows it. */
export type WishlistItemView = {
  productId: number;
  slug: string;
  name: string;
  /** False once the product is unpublished: shown so the shopper can remove it, not bought. */
  available: boolean;
  image: CatalogImage | null;
  /** The saved variant's price, or the product's lowest ("from"). */
  price: Money | null;
  fromPrice: boolean;
  /** The saved variant's label ("M / Black"), when one was picked. */
  variantLabel: string | null;
  /** Stock of the saved variant, or of all the product's variants together. */
  stock: number;
  /**
   * What "Move to cart" adds: the saved variant, or the product's only variant. Null when
   * the shopper must choose on the product page (several variants, none picked).
   */
  cartVariantId: number | null;
};

/** The per-shopper part of every heart, read by the browser after load (GET /api/wishlist). */
export type WishlistState = { signedIn: boolean; productIds: number[] };
