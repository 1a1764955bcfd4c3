import "server-only";

// The cart's server API for pages, layouts, the login flow and jobs. Server actions live in
// ./actions (one per file); UI in components/cart.

export { getCart, getCartById, getCartCount, readCart, type CartLineView, type CartView } from "./get-cart";
export { CART_UNAVAILABLE, CartUnavailableError, unlessCartUnavailable } from "./unavailable";
export { getCartForWrite, getCartIdForRequest, issueGuestCartCookie } from "./request-cart";
export { mergeCartAtLogin, mergeGuestCartIntoUserCart } from "./merge";
export { resolveCartOwner, type CartOwner } from "./owner";

