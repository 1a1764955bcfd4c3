import { and, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { outbox } from "@/db/schema";

/**
 * Rows due longer than this and still pending mean no dispatcher is delivering: emails, the
 * search index and stock releases have stopped. Longer than the sweep interval and a retry's
 * back-off, so a busy minute is not an outage.
 */
export const OUTBOX_BACKLOG_MS = 10 * 60_000;

export type OutboxBacklog = { stalePending: number; failed: number };

/**
 * Pending rows due for longer than `olderThanMs` (a row scheduled for later, such as a review
 * request days away, is not late), and failed rows (attempts used up, waiting for staff).
 */
export async function outboxBacklog(db: DbOrTx, olderThanMs = OUTBOX_BACKLOG_MS): Promise<OutboxBacklog> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const [stale] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lt(outbox.nextAttemptAt, cutoff)));
  const [failed] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .where(eq(outbox.status, "failed"));
  return { stalePending: stale?.count ?? 0, failed: failed?.count ?? 0 };
}
