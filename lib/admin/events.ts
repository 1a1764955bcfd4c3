import type { Db } from "@/db";
import { retryOutboxEvent } from "@/lib/outbox";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";

/**
 * Queues a failed outbox event again, with its audit row: the row, its given-up handlers and
 * the audit row change together or not at all.
 */
export async function retryFailedEvent(db: Db, actor: Actor, id: string): Promise<void> {
  assertStaff(actor);
  await db.transaction(async (tx) => {
    if (!(await retryOutboxEvent(tx, id))) {
      throw new AdminError("This event is no longer failed: it may have been retried already.");
    }
    await recordAudit(tx, actor, { action: "event.retry", entity: "outbox", entityId: id });
  });
}
