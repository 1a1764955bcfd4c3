import "server-only";
import { MAX_LINE_QUANTITY } from "./limits";
import { getCartStore } from "./store";
import type { CartStore } from "./store/types";
import { getCartVariant, isSellable } from "./variants";

/**
 * Puts a cancelled order's lines back in a cart, as many of each as are in stock now, so a
 * shopper who gives up on paying by card does not lose what they chose. Lines no longer on
 * sale are left out. Returns how many lines came back.
 */
export async function restoreLinesToCart(
  cartId: string,
  lines: readonly { variantId: number | null; quantity: number }[],
  store: CartStore = getCartStore(),
): Promise<number> {
  let restored = 0;
  for (const line of lines) {
    if (line.variantId === null) continue;
    const variant = await getCartVariant(line.variantId);
    if (!isSellable(variant) || variant.stock <= 0) continue;
    const cap = Math.min(variant.stock, MAX_LINE_QUANTITY);
    const { added } = await store.add(cartId, {
      variantId: variant.id,
      quantity: Math.min(line.quantity, cap),
      cap,
      seenUnitPrice: variant.price,
    });
    if (added > 0) restored++;
  }
  return restored;
}
