import "server-only";
import { type ActionResult, fail } from "@/lib/actions";
import { metrics } from "@/lib/metrics";
import type { AddedToCart } from "./added-summary";
import { MAX_LINE_QUANTITY } from "./limits";
import type { AddToCartInput, RemoveCartLineInput, UpdateCartLineInput } from "./schemas";
import { getCartStore } from "./store";
import type { CartStore } from "./store/types";
import { getCartVariant, isSellable, variantLabel } from "./variants";

// Cart changes with their rules; server actions (lib/cart/actions) add parsing, the caller's
// cart and the page refresh. Expected failures come back as values with a message for the
// shopper (docs/architecture.md, conventions). The price is always today's price from the database.

/** A line after a change, and (from an add) the items in the whole cart. */
export type CartChange = { variantId: number; quantity: number; cartCount?: number; added?: AddedToCart };
type Result = ActionResult<CartChange>;

const onlyLeft = (stock: number): Result => ({
  ok: false,
  fieldErrors: { quantity: [`Only ${stock} left in stock.`] },
});

export async function addToCartLine(
  cartId: string,
  input: AddToCartInput,
  store: CartStore = getCartStore(),
): Promise<Result> {
  const variant = await getCartVariant(input.variantId);
  if (!isSellable(variant)) return fail("Sorry, this item is no longer available.");
  const label = variantLabel(variant);
  if (variant.stock <= 0) return fail(`Sorry, ${label} is out of stock.`);
  if (input.quantity > variant.stock) return onlyLeft(variant.stock);

  const cap = Math.min(variant.stock, MAX_LINE_QUANTITY);
  const { quantity, added, cartItems } = await store.add(cartId, {
    variantId: variant.id,
    quantity: input.quantity,
    cap,
    seenUnitPrice: variant.price,
  });
  if (added === 0) return fail(`Your cart already has ${quantity} of ${label}, the most you can order.`);
  metrics().cartAdds.inc(added);
  const message =
    added < input.quantity
      ? `Added ${added} of ${label}. Your cart now has ${quantity}, the most you can order.`
      : `Added ${input.quantity > 1 ? `${input.quantity} × ` : ""}${label} to your cart.`;
  return { ok: true, data: { variantId: variant.id, quantity, cartCount: cartItems }, message };
}

export async function updateCartLine(
  cartId: string | null,
  input: UpdateCartLineInput,
  store: CartStore = getCartStore(),
): Promise<Result> {
  if (input.quantity === 0) return removeCartLine(cartId, input, store);
  if (!cartId) return fail("That item is no longer in your cart.");
  const variant = await getCartVariant(input.variantId);
  if (!isSellable(variant)) return fail("This item is no longer available. Please remove it from your cart.");
  const label = variantLabel(variant);
  if (variant.stock <= 0) return fail(`${label} is out of stock. Please remove it from your cart.`);
  if (input.quantity > variant.stock) return onlyLeft(variant.stock);

  // Editing the line means the shopper has seen today's price: it becomes the "seen" one.
  if (!(await store.setQuantity(cartId, variant.id, input.quantity, variant.price))) {
    return fail("That item is no longer in your cart.");
  }
  return {
    ok: true,
    data: { variantId: variant.id, quantity: input.quantity },
    message: `${label}: quantity is now ${input.quantity}.`,
  };
}

export async function removeCartLine(
  cartId: string | null,
  input: RemoveCartLineInput,
  store: CartStore = getCartStore(),
): Promise<Result> {
  const removed = cartId ? await store.remove(cartId, input.variantId) : false;
  const variant = await getCartVariant(input.variantId);
  const label = variant ? variantLabel(variant) : "The item";
  return {
    ok: true,
    data: { variantId: input.variantId, quantity: 0 },
    message: removed ? `Removed ${label} from your cart.` : `${label} was already out of your cart.`,
  };
}
