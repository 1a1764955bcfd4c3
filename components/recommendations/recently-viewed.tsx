"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { isValidSlug } from "@/lib/catalog/client";
import type { ProductLink } from "@/lib/recommendations/client";
import { LinkCards } from "./link-cards";

// "Recently viewed", kept in this browser only (localStorage): cached pages stay the same for
// everyone, since the server renders nothing here and the browser fills it in after load. The
// product page records its product; lists show the last few others.

export type RecentProduct = Omit<ProductLink, "price">;

const KEY = "recently-viewed";
const CHANGED = "recently-viewed-changed";
const KEEP = 12;
const SHOW = 4;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode, a policy): the list is simply empty
  }
}

/** What this browser stored, checked: anything else in the key is dropped, never shown. */
function parse(raw: string | null): RecentProduct[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isRecentProduct).slice(0, KEEP);
}

function isRecentProduct(value: unknown): value is RecentProduct {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const image = v.image as Record<string, unknown> | null | undefined;
  return (
    typeof v.slug === "string" &&
    isValidSlug(v.slug) &&
    typeof v.name === "string" &&
    typeof v.brand === "string" &&
    (image === null ||
      (typeof image === "object" &&
        typeof image.url === "string" &&
        /^(\/|https:\/\/)/.test(image.url) &&
        typeof image.alt === "string"))
  );
}

function remember(product: RecentProduct) {
  const next = [product, ...parse(readRaw()).filter((p) => p.slug !== product.slug)].slice(0, KEEP);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    return; // full or blocked: nothing to remember
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Lists the last products this browser viewed (not `current`), and records `current`. */
export function RecentlyViewed({ current }: { current?: RecentProduct }) {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const items = useMemo(
    () =>
      parse(raw)
        .filter((p) => p.slug !== current?.slug)
        .slice(0, SHOW),
    [raw, current?.slug],
  );

  useEffect(() => {
    if (current) remember(current);
    // Recorded once per product shown, not on every render of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.slug]);

  return <LinkCards id="recently-viewed-heading" title="Recently viewed" products={items} />;
}
