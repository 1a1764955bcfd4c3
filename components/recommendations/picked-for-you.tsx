"use client";

import { useEffect, useState } from "react";
import type { ProductLink } from "@/lib/recommendations/client";
import { LinkCards } from "./link-cards";

/**
 * A signed-in shopper's "Picked for you" on the home page, asked for after load
 * (/api/recommendations/picked reads the session), so the home page is cached whole for
 * everyone. Guests, shoppers without orders and a failed request get nothing.
 */
export function PickedForYou() {
  const [picks, setPicks] = useState<ProductLink[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/recommendations/picked", { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { products?: unknown } | null) => {
        if (Array.isArray(body?.products)) setPicks(body.products as ProductLink[]);
      })
      .catch(() => {}); // aborted or offline: no picks
    return () => controller.abort();
  }, []);
  return <LinkCards id="picked-for-you-heading" title="Picked for you" products={picks} />;
}
