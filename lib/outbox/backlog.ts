import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";

export type OutboxBacklog = { pending: number; failed: number; oldestPendingSeconds: number };

/**
 * How far the background work is behind, for the metrics and readiness: rows waiting, rows
 * given up on, and how long the oldest row that is due has waited (a delayed row is not late
 * before its time). One index-backed statement.
 */
export async function outboxBacklog(db: DbOrTx): Promise<OutboxBacklog> {
  const [row] = await selectRows<{ pending: number; failed: number; oldest: number | null }>(
    db,
    sql`select
          count(*) filter (where status in ('pending', 'processing'))::int as pending,
          count(*) filter (where status = 'failed')::int as failed,
          extract(epoch from now() - min(next_attempt_at) filter (where status = 'pending' and next_attempt_at <= now()))::float8 as oldest
        from outbox where status in ('pending', 'processing', 'failed')`,
  );
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0, oldestPendingSeconds: row?.oldest ?? 0 };
}
