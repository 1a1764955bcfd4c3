import "server-only";
import type { CartLineView } from "./build-cart";
import { getCartById } from "./price-cart";

// What the "added to your cart" panel shows after an add (components/cart/added-to-cart-dialog.tsx):
// the line as the cart now holds it and the cart's subtotal, priced from the database like
// every read of the cart.

export type AddedToCart = {
  line: Pick<
    CartLineView,
    "productName" | "variantTitle" | "options" | "image" | "quantity" | "unitPrice" | "lineTotal"
  >;
  subtotal: CartLineView["unitPrice"];
  itemCount: number;
};

export async function addedToCartSummary(cartId: string, variantId: number): Promise<AddedToCart | undefined> {
  const cart = await getCartById(cartId);
  const line = cart.lines.find((l) => l.variantId === variantId);
  if (!line) return undefined;
  const { productName, variantTitle, options, image, quantity, unitPrice, lineTotal } = line;
  return {
    line: { productName, variantTitle, options, image, quantity, unitPrice, lineTotal },
    subtotal: cart.subtotal,
    itemCount: cart.itemCount,
  };
}
