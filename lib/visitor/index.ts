import "server-only";
import { getSessionUser, isStaffRole } from "@/lib/auth";
import { getCartCount, issueGuestCartCookie } from "@/lib/cart";

import type { VisitorSummary } from "./types";
import { log } from "@/lib/log";

export type { VisitorSummary } from "./types";

/**
 * The header's state for the current request's visitor. Cached pages never contain it: the
 * browser reads it from /api/visitor. A guest also gets (or keeps) a cart cookie here, so
 * that adding to the cart later does not have to set one.
 */
export async function getVisitorSummary(): Promise<VisitorSummary> {
  const [user, cartCount] = await Promise.all([getSessionUser(), readCartCount()]);
  if (!user) await issueGuestCartCookie();
  return { signedIn: user !== null, staff: Boolean(user && isStaffRole(user.role)), cartCount };
}

// A header without a count beats a header that fails: the cart page itself says when the
// cart store is down.
async function readCartCount(): Promise<number | null> {
  try {
    return await getCartCount();
  } catch (error) {
    log.warn(
      { module: "visitor", reason: error instanceof Error ? error.message : String(error) },
      "cart count unavailable",
    );
    return null;
  }
}
