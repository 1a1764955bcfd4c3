import type { Tx } from "@/db";
import { type OrderActorKind, type OrderEventType, orderEvents } from "@/db/schema";

export type OrderActor = { kind: OrderActorKind; id?: string | null };

/** One line of the order's timeline and audit trail, in the caller's transaction. */
export async function appendOrderEvent(
  tx: Tx,
  input: {
    orderId: number;
    type: OrderEventType;
    actor: OrderActor;
    data?: Record<string, unknown>;
    idempotencyKey?: string;
  },
): Promise<void> {
  await tx.insert(orderEvents).values({
    orderId: input.orderId,
    type: input.type,
    actor: input.actor.kind,
    actorId: input.actor.id ?? null,
    data: input.data ?? {},
    idempotencyKey: input.idempotencyKey ?? null,
  });
}

/** The timeline entries a customer sees; the rest (stock movements, staff flags) is for staff. */
export const CUSTOMER_VISIBLE_EVENTS: readonly OrderEventType[] = [
  "placed",
  "payment_processing",
  "paid",
  "payment_failed",
  "packed",
  "shipped",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "cancelled",
  "refunded",
];
