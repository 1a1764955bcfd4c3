"use client";

import { usePathname } from "next/navigation";
import { createContext, use, useCallback, useEffect, useOptimistic, useState } from "react";
import type { VisitorSummary } from "@/lib/visitor/client";

// The header's per-visitor state, read by the browser from /api/visitor: catalog pages are
// cached whole and the same for everyone, so nothing about one visitor is in their HTML.
// Read again on every navigation (a login, a logout or a checkout changes it), when the page
// comes back from the back/forward cache, and on demand. Cart forms move the count at once
// (an optimistic delta, dropped when their transition ends) and then set what the server says.

type Visitor = {
  /** Null until the first answer, or while the endpoint cannot be reached. */
  summary: VisitorSummary | null;
  /** The cart count to show, with any optimistic change; null when unknown. */
  cartCount: number | null;
  /** Inside a transition (a form action): moves the count until the transition ends. */
  adjustCartCount: (change: number) => void;
  /** The count the server reported after a cart change. */
  setCartCount: (count: number) => void;
  refresh: () => void;
};

const VisitorContext = createContext<Visitor | null>(null);

export function VisitorProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [summary, setSummary] = useState<VisitorSummary | null>(null);
  const [delta, adjustCartCount] = useOptimistic(0, (current: number, change: number) => current + change);

  const refresh = useCallback(() => {
    fetch("/api/visitor", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<VisitorSummary>) : null))
      .then((next) => next && setSummary(next))
      .catch(() => {}); // offline or a deploy in progress: keep what is shown
  }, []);

  useEffect(refresh, [pathname, refresh]);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => event.persisted && refresh();
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [refresh]);

  const setCartCount = useCallback((count: number) => setSummary((s) => (s ? { ...s, cartCount: count } : s)), []);
  const base = summary?.cartCount ?? null;
  const cartCount = base === null ? null : Math.max(0, base + delta);

  return (
    <VisitorContext value={{ summary, cartCount, adjustCartCount, setCartCount, refresh }}>{children}</VisitorContext>
  );
}

/** The visitor's header state; null outside a VisitorProvider (forms still work without it). */
export function useVisitor(): Visitor | null {
  return use(VisitorContext);
}
