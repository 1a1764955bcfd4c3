import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox } from "@/db/schema";
import { enqueueEvent, type EventPayload } from "@/lib/events";

// A delivered order asks its buyer for a review a few days later: a delayed event
// (docs/architecture.md, events and the outbox), never a sleep in a handler.
export const REVIEW_REQUEST_DELAY_DAYS = 5;

const DUE = "shop/review.request-due";

/**
 * Enqueues the order's review request for REVIEW_REQUEST_DELAY_DAYS after delivery, once per
 * order: a retried or repeated delivery event finds the request already there (checked under
 * a lock on the order's number, so two at once cannot both enqueue).
 */
export async function scheduleReviewRequest(
  db: Db,
  delivered: EventPayload<"shop/order.delivered">,
): Promise<"scheduled" | "already-scheduled"> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`review-request:${delivered.orderId}`}))`);
    const [existing] = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.name, DUE), sql`(${outbox.payload}->>'orderId')::int = ${delivered.orderId}`))
      .limit(1);
    if (existing) return "already-scheduled";
    const due = new Date(Date.parse(delivered.deliveredAt) + REVIEW_REQUEST_DELAY_DAYS * 24 * 60 * 60 * 1000);
    await enqueueEvent(
      tx,
      DUE,
      {
        orderId: delivered.orderId,
        orderNumber: delivered.orderNumber,
        email: delivered.email,
        ...(delivered.customerName ? { customerName: delivered.customerName } : {}),
      },
      { notBefore: due },
    );
    return "scheduled";
  });
}
