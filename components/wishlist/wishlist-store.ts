"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useVisitor } from "@/components/visitor/visitor-provider";
import {
  MAX_WISHLIST_ITEMS,
  WISHLIST_FULL,
  mergeGuestWishlistIntoAccount,
  setWishlisted,
  type WishlistState,
} from "@/lib/wishlist/client";

// The hearts' per-shopper state, kept in the browser so catalog pages stay cached and the
// same for everyone (docs/architecture.md, cached pages). A signed-in shopper's saved ids come
// from GET /api/wishlist after load; a guest's list lives in localStorage. Once the browser
// sees a session it sends the guest list to the account (once) and clears it.

const GUEST_KEY = "wishlist:guest";

type Status = "unknown" | "guest" | "account";
type Snapshot = { status: Status; ids: ReadonlySet<number> };

let snapshot: Snapshot = { status: "unknown", ids: new Set() };
const listeners = new Set<() => void>();
let syncedFor: boolean | undefined;
let syncing: Promise<void> | undefined;

function publish(next: Snapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

export function readGuestWishlist(): number[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(GUEST_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id): id is number => Number.isSafeInteger(id) && id > 0) : [];
  } catch {
    return []; // storage blocked or a value we did not write: an empty list
  }
}

function writeGuestWishlist(ids: readonly number[]) {
  try {
    if (ids.length === 0) window.localStorage.removeItem(GUEST_KEY);
    else window.localStorage.setItem(GUEST_KEY, JSON.stringify(ids));
  } catch {
    // Private mode with storage off: the heart still shows the choice for this page.
  }
}

async function fetchAccountIds(): Promise<WishlistState> {
  const response = await fetch("/api/wishlist", { cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/wishlist answered ${response.status}`);
  return (await response.json()) as WishlistState;
}

async function load(signedIn: boolean): Promise<void> {
  if (!signedIn) return publish({ status: "guest", ids: new Set(readGuestWishlist()) });
  const guest = readGuestWishlist();
  if (guest.length > 0) {
    const merged = await mergeGuestWishlistIntoAccount({ productIds: guest });
    if (merged.ok) {
      writeGuestWishlist([]);
      return publish({ status: "account", ids: new Set(merged.data.productIds) });
    }
  }
  const state = await fetchAccountIds();
  if (!state.signedIn) return publish({ status: "guest", ids: new Set(readGuestWishlist()) });
  publish({ status: "account", ids: new Set(state.productIds) });
}

/** Reads the list for this visitor, once per change of signed-in state. */
export function syncWishlist(signedIn: boolean): Promise<void> {
  if (syncedFor === signedIn && syncing) return syncing;
  syncedFor = signedIn;
  syncing = load(signedIn).catch(() => {
    syncedFor = undefined; // offline or a deploy in progress: try again on the next page
  });
  return syncing;
}

/** Saves or removes one product; resolves to a message for the shopper when it could not. */
export async function toggleWishlist(productId: number, variantId: number | undefined, save: boolean) {
  if (syncing) await syncing;
  const before = snapshot;
  const ids = new Set(before.ids);
  if (save) ids.add(productId);
  else ids.delete(productId);

  if (before.status !== "account") {
    if (save && !before.ids.has(productId) && before.ids.size >= MAX_WISHLIST_ITEMS) return WISHLIST_FULL;
    writeGuestWishlist([...ids]);
    publish({ status: "guest", ids });
    return null;
  }
  publish({ status: "account", ids });
  const result = await setWishlisted({ productId, variantId, saved: save });
  if (result.ok) return null;
  publish(before);
  return result.formError ?? "Your wishlist could not be changed. Please try again.";
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const unknown: Snapshot = { status: "unknown", ids: new Set() };

/** This visitor's wishlist; `unknown` until the browser has read it (and on the server). */
export function useWishlist(): Snapshot {
  const visitor = useVisitor();
  const signedIn = visitor ? visitor.summary?.signedIn : undefined;
  useEffect(() => {
    // With the header's provider: wait until it knows who this is. Without one: ask the API.
    if (visitor && signedIn === undefined) return;
    void syncWishlist(signedIn ?? true);
  }, [visitor, signedIn]);
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => unknown,
  );
}

/** On the account's wishlist page: sends a guest list left in this browser now. */
export function mergeGuestListNow(): Promise<void> | null {
  if (readGuestWishlist().length === 0) return null;
  syncedFor = undefined;
  return syncWishlist(true);
}
