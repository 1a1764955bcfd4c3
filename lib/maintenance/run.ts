import type { Db } from "@/db";
import { getCartStore, type CartStore } from "@/lib/cart/store";
import { pruneDeliveredEvents, pruneExpiredRateLimits, pruneExpiredRevocations, pruneSpentTokens, scrubDeliveredLinks } from "./retention";

export type MaintenanceReport = {
  expiredCarts: number;
  scrubbedLinks: number;
  prunedEvents: number;
  prunedTokens: number;
  prunedRateLimits: number;
  prunedRevocations: number;
};

/**
 * The daily housekeeping: expired guest carts (the Postgres store; Redis expires keys by
 * itself), one-time links in delivered events, and machinery rows past retention. Every
 * step is idempotent, so two instances running it at once only repeat a no-op.
 */
export async function runMaintenance(
  db: Db,
  { now = new Date(), carts = getCartStore() }: { now?: Date; carts?: Pick<CartStore, "purgeExpired"> } = {},
): Promise<MaintenanceReport> {
  return {
    expiredCarts: await carts.purgeExpired(),
    scrubbedLinks: await scrubDeliveredLinks(db),
    prunedEvents: await pruneDeliveredEvents(db, now),
    prunedTokens: await pruneSpentTokens(db, now),
    prunedRateLimits: await pruneExpiredRateLimits(db, now),
    prunedRevocations: await pruneExpiredRevocations(db, now),
  };
}
