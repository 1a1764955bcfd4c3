"use client";

import Link from "next/link";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { isValidSlug, productPath } from "@/lib/catalog/client";

// "Recently viewed", kept in this browser only (localStorage): cached pages stay the same for
// everyone, since the server renders nothing here and the browser fills it in after load. The
// product page records its product; lists show the last few others. Product cards are server
// components (they read the catalog), so this list uses the card's classes (globals.css).

export type RecentProduct = { slug: string; name: string; brand: string; image: { url: string; alt: string } | null };

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

  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recently-viewed-heading" data-testid="recently-viewed" className="mt-14">
      <h2 id="recently-viewed-heading" className="text-lg font-semibold text-gray-950">
        Recently viewed
      </h2>
      <ul className="mt-4 grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-5 md:grid-cols-3 xl:grid-cols-4">
        {items.map((product) => (
          <li key={product.slug}>
            <Link href={productPath(product.slug)} className="product-card">
              <div className="product-card-photo">
                {product.image ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a URL from this browser's storage: the image optimiser would refuse hosts it does not know
                  <img
                    src={product.image.url}
                    alt={product.image.alt}
                    className="absolute inset-0 size-full"
                    loading="lazy"
                  />
                ) : (
                  <span className="product-card-note">No image</span>
                )}
              </div>
              <div className="product-card-text">
                {product.brand && <p className="product-card-brand">{product.brand}</p>}
                <h3>{product.name}</h3>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
