"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction, retryFailedEvent } from "@/lib/admin";
import { kickDispatcher } from "@/lib/outbox";

export const retryEventAction = adminAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { actor, db }) => {
    await retryFailedEvent(db, actor, id);
    // Deliver now rather than at the next sweep; the row is committed already.
    void kickDispatcher().catch(() => {});
    refresh();
    return { id };
  },
  "Queued again.",
);
