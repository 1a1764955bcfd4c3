import "server-only";

// The cart's server API for pages, layouts, the login flow and jobs. Server actions live in
// ./actions (one per file); UI in components/cart.

export { getCartCount } from "./get-cart";
export { getCartForWrite, issueGuestCartCookie } from "./request-cart";

export { variantLabel } from "./build-cart";
export type { CartView } from "./build-cart";
export { getCart, readCart } from "./get-cart";
export { getCartIdForRequest } from "./request-cart";
export { restoreLinesToCart } from "./restore";
export { closeCartStore, getCartStore } from "./store";
export type { CartStore } from "./store";
export { unlessCartUnavailable } from "./unless-unavailable";
