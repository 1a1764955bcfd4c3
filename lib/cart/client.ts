// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { addToCart } from "./actions/add-to-cart";
export { removeFromCart } from "./actions/remove-cart-line";
export { updateCartLineQuantity } from "./actions/update-cart-line";
export { variantLabel } from "./build-cart";
export type { CartLineView } from "./build-cart";
export { MAX_LINE_QUANTITY } from "./limits";
export type { CartChange } from "./mutations";
export type { AddedToCart } from "./added-summary";
