"use client";

import { createContext, use, useOptimistic } from "react";

// Lets any cart form move the header count at once, before the server answers. The delta
// is optimistic state: React drops it when the form's transition ends, by which time the
// action's refresh() has brought the real count. Without the provider mounted, forms and
// the count still work; the count just waits for the server.

type CartCountDelta = { delta: number; adjust: (change: number) => void };

const CartCountContext = createContext<CartCountDelta | null>(null);

export function CartCountProvider({ children }: { children: React.ReactNode }) {
  const [delta, adjust] = useOptimistic(0, (current: number, change: number) => current + change);
  return <CartCountContext value={{ delta, adjust }}>{children}</CartCountContext>;
}

/** Call `adjust` inside a transition (a form action does that); null without a provider. */
export function useCartCountDelta(): CartCountDelta | null {
  return use(CartCountContext);
}
