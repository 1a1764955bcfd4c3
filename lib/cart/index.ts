import "server-only";

// The cart's server API for pages, layouts, the login flow and jobs. Server actions live in
// ./actions (one per file); UI in components/cart.

export { getCartCount } from "./get-cart";
export { getCartForWrite, issueGuestCartCookie } from "./request-cart";
