import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import type { EventPayload } from "@/lib/events";
import { log } from "@/lib/log";
import { alreadyApplied, appendOrderEvent } from "@/lib/orders";
import { getCarrier } from "./provider";
import type { Carrier } from "./types";

// A tracking number staff typed when shipping (a parcel sent without a label bought here) is
// handed to the carrier to follow, so its webhooks move that order's timeline like a bought
// label's (./tracking.ts finds the order by its tracking number). Runs from the outbox on
// shop/order.shipped: an outage is thrown and retried; a number the carrier refuses is put on
// the staff timeline once, since no update will ever come for it.

export type FollowOutcome = "no-carrier" | "bought-label" | "following" | "refused";

export async function followShippedParcel(
  db: Db,
  event: { id: string; data: EventPayload<"shop/order.shipped"> },
  carrier: Carrier | null = getCarrier(),
): Promise<FollowOutcome> {
  if (!carrier) return "no-carrier";
  const { data } = event;
  const [order] = await db
    .select({ labelUrl: orders.labelUrl })
    .from(orders)
    .where(eq(orders.id, data.orderId))
    .limit(1);
  // The carrier follows the labels it sold on its own.
  if (order?.labelUrl) return "bought-label";
  if (await carrier.followTracking({ trackingNumber: data.trackingNumber, carrier: data.carrier })) return "following";

  const idempotencyKey = `carrier-follow:${event.id}`;
  await db.transaction(async (tx) => {
    if (await alreadyApplied(tx, idempotencyKey)) return;
    await appendOrderEvent(tx, {
      orderId: data.orderId,
      type: "needs_attention",
      actor: { kind: "system", id: carrier.provider },
      idempotencyKey,
      data: {
        message: `${data.carrier} tracking number ${data.trackingNumber} is not one the carrier service can follow, so no tracking updates will arrive for this parcel.`,
      },
    });
  });
  log.warn({ module: "carriers", orderId: data.orderId }, "the carrier refused to follow a typed tracking number");
  return "refused";
}
