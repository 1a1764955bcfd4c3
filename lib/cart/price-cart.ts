import "server-only";
import { db } from "@/db";
import { env } from "@/lib/env";
import { loadSettings } from "@/lib/settings";
import { buildCart, type CartView } from "./build-cart";
import { getCartStore } from "./store";
import type { CartStore, StoredCart } from "./store/types";
import { getCartVariants } from "./variants";

// A cart priced from the database, by id: no request, cookie or session involved, so the
// login flow, jobs and benchmarks can read carts too. Pages use get-cart.ts.

export async function priceCart(stored: StoredCart | null): Promise<CartView> {
  const lines = stored?.lines ?? [];
  // Settings uncached, like the prices: an owner's change shows on the next cart read.
  const [variants, shippingSettings, taxSettings] = await Promise.all([
    getCartVariants(lines.map((line) => line.variantId)),
    loadSettings(db, "shipping"),
    loadSettings(db, "tax"),
  ]);
  return buildCart({
    id: stored?.id ?? null,
    lines,
    variants,
    currency: env.STORE_CURRENCY,
    shippingSettings,
    taxSettings,
  });
}

/** Null or unknown ids give the empty cart. */
export async function getCartById(cartId: string | null, store: CartStore = getCartStore()): Promise<CartView> {
  return priceCart(cartId ? await store.get(cartId) : null);
}
