"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useVisitor } from "@/components/visitor/visitor-provider";
import type { WishlistItemView } from "@/lib/wishlist/client";
import { WishlistList } from "./wishlist-list";
import { readGuestWishlist, toggleWishlist } from "./wishlist-store";

type Loaded = { state: "loading" } | { state: "failed" } | { state: "ready"; items: WishlistItemView[] };

/**
 * A guest's wishlist: the ids live in this browser (localStorage); what to show of them comes
 * from /api/wishlist/items (/wishlist is a static page, the same for everyone). It says plainly
 * that the list stays on this device until they log in, when it joins their account.
 */
export function GuestWishlist() {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const signedIn = useVisitor()?.summary?.signedIn;
  const router = useRouter();

  // A signed-in shopper's list is the account's (where this browser's list is merged).
  useEffect(() => {
    if (signedIn) router.replace("/account/wishlist");
  }, [signedIn, router]);

  useEffect(() => {
    const ids = readGuestWishlist();
    const request = ids.length === 0 ? Promise.resolve({ items: [] }) : fetchItems(ids);
    request.then(
      ({ items }) => setLoaded({ state: "ready", items }),
      () => setLoaded({ state: "failed" }),
    );
  }, []);

  function remove(productId: number) {
    void toggleWishlist(productId, undefined, false);
    setLoaded((l) =>
      l.state === "ready" ? { state: "ready", items: l.items.filter((i) => i.productId !== productId) } : l,
    );
  }

  return (
    <div className="space-y-4">
      <p className="rounded-md bg-gray-100 px-4 py-3 text-sm text-gray-800">
        Your wishlist is kept in this browser only.{" "}
        <Link href="/login?callbackUrl=%2Faccount%2Fwishlist" className="font-medium underline">
          Log in
        </Link>{" "}
        or{" "}
        <Link href="/register" className="font-medium underline">
          create an account
        </Link>{" "}
        to keep it on every device and hear when sold-out items are back.
      </p>
      {loaded.state === "loading" && <p className="text-sm text-gray-700">Loading your wishlist…</p>}
      {loaded.state === "failed" && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Your wishlist could not be loaded right now. Please try again in a moment.
        </p>
      )}
      {loaded.state === "ready" && <WishlistList items={loaded.items} onRemove={remove} />}
    </div>
  );
}

async function fetchItems(ids: number[]): Promise<{ items: WishlistItemView[] }> {
  const response = await fetch(`/api/wishlist/items?ids=${ids.join(",")}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/wishlist/items answered ${response.status}`);
  return (await response.json()) as { items: WishlistItemView[] };
}
