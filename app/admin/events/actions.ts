"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { fail, staffAction } from "@/lib/actions";
import { recordAudit } from "@/lib/admin/audit";
import { actorOf } from "@/lib/admin/run";
import { kickDispatcher, retryOutboxEvent } from "@/lib/events";

export const retryEventAction = staffAction(z.object({ id: z.uuid() }), async ({ id }, caller) => {
  const retried = await retryOutboxEvent(db, id);
  if (!retried) return fail("This event is no longer failed: it may have been retried already.");
  await recordAudit(db, actorOf(caller), { action: "event.retry", entity: "outbox", entityId: id });
  // Deliver now rather than at the next sweep; the row is committed already.
  void kickDispatcher().catch(() => {});
  refresh();
  return { ok: true, data: { id }, message: "Queued again." };
});
