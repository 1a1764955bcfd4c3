import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { orderEvents, orders } from "@/db/schema";
import { RefusalError, fieldRefusal } from "@/lib/errors";
import type { OrderActor } from "./timeline";

export const NOTE_MAX_LENGTH = 2000;

/**
 * A staff note on an order: an order_events row of type "note", which the shopper's views
 * never read (./timeline.ts CUSTOMER_VISIBLE_EVENTS). The form's key makes a double post
 * one note; `onApplied` writes the audit row in the same transaction.
 */
export async function addOrderNote(
  db: Db,
  orderId: number,
  input: {
    actor: OrderActor;
    text: string;
    idempotencyKey: string;
    onApplied?: (tx: Tx, note: { id: number; text: string }) => Promise<void>;
  },
): Promise<{ added: boolean }> {
  const text = input.text.trim();
  if (!text) throw new RefusalError(fieldRefusal("note", "Write the note first."));
  if (text.length > NOTE_MAX_LENGTH)
    throw new RefusalError(fieldRefusal("note", `Keep the note under ${NOTE_MAX_LENGTH} characters.`));
  return db.transaction(async (tx) => {
    const [order] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, orderId));
    if (!order) throw new RefusalError({ message: "This order does not exist." });
    const [note] = await tx
      .insert(orderEvents)
      .values({
        orderId,
        type: "note",
        actor: input.actor.kind,
        actorId: input.actor.id ?? null,
        data: { text },
        idempotencyKey: input.idempotencyKey,
      })
      .onConflictDoNothing()
      .returning({ id: orderEvents.id });
    if (!note) return { added: false };
    await input.onApplied?.(tx, { id: note.id, text });
    return { added: true };
  });
}
