"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { fail, staffAction } from "@/lib/actions";
import { actorOf, recordAudit } from "@/lib/admin";
import { kickDispatcher, retryOutboxEvent } from "@/lib/outbox";

export const retryEventAction = staffAction(z.object({ id: z.uuid() }), async ({ id }, caller) => {
  // The row, its given-up handlers and the audit row change together or not at all.
  const retried = await db.transaction(async (tx) => {
    if (!(await retryOutboxEvent(tx, id))) return false;
    await recordAudit(tx, actorOf(caller), { action: "event.retry", entity: "outbox", entityId: id });
    return true;
  });
  if (!retried) return fail("This event is no longer failed: it may have been retried already.");
  // Deliver now rather than at the next sweep; the row is committed already.
  void kickDispatcher().catch(() => {});
  refresh();
  return { ok: true, data: { id }, message: "Queued again." };
});
