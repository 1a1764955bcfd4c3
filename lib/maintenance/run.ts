import type { Db } from "@/db";
import { getCartStore, type CartStore } from "@/lib/cart";
import { loadSettings } from "@/lib/settings";
import {
  pruneDeliveredEvents,
  pruneExpiredRateLimits,
  pruneExpiredRevocations,
  pruneSpentTokens,
  scrubDeliveredLinks,
} from "./retention";
import { cancelUnpaidBankTransfers, remindUnpaidBankTransfers } from "./unpaid-bank-transfers";

export type MaintenanceReport = {
  expiredCarts: number;
  scrubbedLinks: number;
  prunedEvents: number;
  prunedTokens: number;
  prunedRateLimits: number;
  prunedRevocations: number;
  remindedBankTransfers: number;
  cancelledBankTransfers: number;
};

/**
 * The daily housekeeping: expired guest carts (the Postgres store; Redis expires keys by
 * itself), one-time links in delivered events, machinery rows past retention, and unpaid
 * bank transfers (reminded the day before the payment settings' bankTransferDays, then
 * cancelled). Every step
 * is idempotent, so two instances running it at once only repeat a no-op.
 */
export async function runMaintenance(
  db: Db,
  { now = new Date(), carts = getCartStore() }: { now?: Date; carts?: Pick<CartStore, "purgeExpired"> } = {},
): Promise<MaintenanceReport> {
  const { bankTransferDays } = await loadSettings(db, "payments");
  return {
    expiredCarts: await carts.purgeExpired(),
    scrubbedLinks: await scrubDeliveredLinks(db),
    prunedEvents: await pruneDeliveredEvents(db, now),
    prunedTokens: await pruneSpentTokens(db, now),
    prunedRateLimits: await pruneExpiredRateLimits(db, now),
    prunedRevocations: await pruneExpiredRevocations(db, now),
    // Cancel first: an order past its deadline gets the cancellation, not a late reminder.
    cancelledBankTransfers: await cancelUnpaidBankTransfers(db, { now, days: bankTransferDays }),
    remindedBankTransfers: await remindUnpaidBankTransfers(db, { now, days: bankTransferDays }),
  };
}
