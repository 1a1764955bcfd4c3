"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page from the server every few seconds, a limited number of times: the
 * order page after Stripe's return, until the webhook has marked the order paid. Without
 * JavaScript the shopper reloads the page instead.
 */
export function AutoRefresh({ everySeconds = 3, times = 20 }: { everySeconds?: number; times?: number }) {
  const router = useRouter();
  useEffect(() => {
    let count = 0;
    const timer = setInterval(() => {
      count += 1;
      router.refresh();
      if (count >= times) clearInterval(timer);
    }, everySeconds * 1000);
    return () => clearInterval(timer);
  }, [router, everySeconds, times]);
  return null;
}
