// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export {
  mergeGuestWishlistIntoAccount,
  moveToCart,
  removeFromWishlist,
  setWishlisted,
  submitWishlistHeart,
} from "./actions";
export { MAX_WISHLIST_ITEMS, WISHLIST_FULL } from "./limits";
export type { WishlistItemView, WishlistState } from "./types";
