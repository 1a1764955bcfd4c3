import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { outbox, outboxDeliveries } from "@/db/schema";

/**
 * Puts a failed outbox row back in the queue with a fresh set of attempts, including the
 * handlers that were abandoned (for staff, once the cause is fixed). Handlers that already
 * succeeded stay done. Returns false when the row is not in the failed state.
 */
export async function retryOutboxEvent(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .update(outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()`, lastError: null, updatedAt: sql`now()` })
    .where(and(eq(outbox.id, id), eq(outbox.status, "failed")))
    .returning({ id: outbox.id });
  if (!row) return false;
  await db
    .update(outboxDeliveries)
    .set({ status: "failed", updatedAt: sql`now()` })
    .where(and(eq(outboxDeliveries.eventId, id), eq(outboxDeliveries.status, "abandoned")));
  return true;
}
