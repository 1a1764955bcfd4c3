import "server-only";

// The wishlist's server API for pages, route handlers and jobs. Server actions live in
// ./actions.ts (the browser's door is ./client.ts); UI in components/wishlist.

export { announceBackInStock } from "./back-in-stock";
export { addWishlistItem, listWishlistProductIds } from "./items";
export { MAX_WISHLIST_ITEMS } from "./limits";
export { listWishlistItems } from "./queries";
export { getWishlistState, listGuestWishlistItems, listMyWishlistItems } from "./reads";
