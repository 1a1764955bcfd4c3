import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { emails, outbox, outboxDeliveries } from "@/db/schema";
import type { EventRegistry } from "@/lib/outbox/registry";
import { defineHandler, type EventHandler } from "@/lib/outbox/types";

export async function resetOutbox(): Promise<void> {
  await db.execute(sql`truncate ${outbox}, ${outboxDeliveries}, ${emails}`);
}

/** Moves every waiting retry to now, as if its backoff had passed. */
export async function makeRetriesDue(): Promise<void> {
  await db
    .update(outbox)
    .set({ nextAttemptAt: sql`now()` })
    .where(eq(outbox.status, "pending"));
}

export async function outboxRow(id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row!;
}

export const productChanged = (productId: number) => ({ productId, change: "updated" as const });

/** A registry with no handlers except the ones given, for tests that count handler runs. */
export function registryWith(handlers: { [N in keyof EventRegistry]?: EventHandler<N>[] }): EventRegistry {
  return {
    "shop/user.registered": [],
    "shop/email.verification-requested": [],
    "auth/password-reset.requested": [],
    "shop/order.placed": [],
    "shop/order.paid": [],
    "shop/order.packed": [],
    "shop/order.shipped": [],
    "shop/order.delivered": [],
    "shop/order.tracking-updated": [],
    "shop/order.cancelled": [],
    "shop/order.refunded": [],
    "shop/order.payment-reminder": [],
    "shop/order.payment-window-closed": [],
    "catalog/product.changed": [],
    "shop/wishlist.back-in-stock": [],
    "shop/review.request-due": [],
    ...handlers,
  };
}

/** A handler on catalog/product.changed that records each run and fails on request. */
export function recordingHandler(id = "record-product-change") {
  const runs: string[] = [];
  const failing = new Set<string>();
  let failNext = 0;
  const handler = defineHandler({
    id,
    event: "catalog/product.changed",
    run: async (event) => {
      if (failing.has(event.id)) throw new Error(`${id} refuses ${event.id}`);
      if (failNext > 0) {
        failNext -= 1;
        throw new Error(`${id} failed on purpose`);
      }
      runs.push(event.id);
    },
  });
  return {
    handler,
    runs,
    failNext: (count: number) => {
      failNext += count;
    },
    failEvent: (eventId: string) => failing.add(eventId),
  };
}
