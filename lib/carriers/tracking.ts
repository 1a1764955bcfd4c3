import "server-only";
import { eq } from "drizzle-orm";
import { db as defaultDb, type Db, type Tx } from "@/db";
import { carrierEvents, orders } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { log } from "@/lib/log";
import { alreadyApplied, appendOrderEvent, applyTransition, loadOrder, orderRef } from "@/lib/orders";
import { getCarrier } from "./provider";
import { type Carrier, SignatureError, type TrackingUpdate } from "./types";

// The carrier's tracking webhook (docs/architecture.md, thin webhook): verify the signature,
// record the event by its id (a repeat is answered 200 and does nothing), find the order by its
// shipment or tracking number, and move its timeline: in transit and out for delivery once
// each (with the shopper's email and text through the outbox), delivered through the state
// machine as the system (which sends the delivery email and text). Unknown parcels and other
// events are answered 200 so the carrier stops retrying them.

const tlog = log.child({ module: "carriers" });

export type WebhookOptions = { db?: Db; carrier?: Carrier | null };

export async function receiveCarrierWebhook(request: Request, options: WebhookOptions = {}): Promise<Response> {
  const carrier = options.carrier === undefined ? getCarrier() : options.carrier;
  if (!carrier) return new Response("Not found", { status: 404 });
  const raw = await request.text();
  if (raw.length > 256_000) return new Response("Too large", { status: 413 });
  let update: TrackingUpdate | null;
  try {
    update = carrier.readWebhook(raw, request.headers);
  } catch (error) {
    if (!(error instanceof SignatureError)) throw error;
    tlog.warn("carrier webhook refused: the signature does not match");
    return new Response("Invalid signature", { status: 401 });
  }
  if (!update) return new Response("Ignored", { status: 200 });
  const outcome = await applyTrackingUpdate(options.db ?? defaultDb, update);
  tlog.info({ eventId: update.eventId, status: update.status, outcome }, "carrier tracking event");
  return new Response(outcome, { status: 200 });
}

export type TrackingOutcome = "unknown-parcel" | "duplicate" | "recorded" | "moved";

export async function applyTrackingUpdate(db: Db, update: TrackingUpdate): Promise<TrackingOutcome> {
  const orderId = await findOrderId(db, update);
  if (orderId === null) return "unknown-parcel";
  return db.transaction(async (tx) => {
    const order = await loadOrder(tx, orderId, { lock: true });
    if (!order) return "unknown-parcel";
    const [recorded] = await tx
      .insert(carrierEvents)
      .values({
        id: update.eventId,
        orderId,
        status: update.status,
        message: update.message,
        location: update.location,
        occurredAt: update.occurredAt,
      })
      .onConflictDoNothing()
      .returning({ id: carrierEvents.id });
    if (!recorded) return "duplicate";
    return (await moveTimeline(tx, order, update)) ? "moved" : "recorded";
  });
}

type LockedOrder = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;

async function moveTimeline(tx: Tx, order: LockedOrder, update: TrackingUpdate): Promise<boolean> {
  // Each step once per order, whatever the carrier repeats; none before staff shipped it or after it arrived.
  if (order.status !== "shipped") return false;
  const actor = { kind: "system" as const, id: `easypost:${update.eventId}` };
  const idempotencyKey = `carrier:${order.id}:${update.status}`;
  if (update.status === "delivered") {
    const moved = await applyTransition(tx, order, "deliver", { actor, idempotencyKey });
    return moved.ok && !moved.duplicate;
  }
  if (update.status !== "in_transit" && update.status !== "out_for_delivery") return false;
  if (await alreadyApplied(tx, idempotencyKey)) return false;
  const detail = { message: update.message, ...(update.location ? { location: update.location } : {}) };
  await appendOrderEvent(tx, { orderId: order.id, type: update.status, actor, idempotencyKey, data: detail });
  await enqueueEvent(tx, "shop/order.tracking-updated", {
    ...orderRef(order),
    status: update.status,
    ...detail,
    carrier: order.carrier ?? "Carrier",
    trackingNumber: order.trackingNumber ?? update.trackingNumber,
    ...(order.trackingUrl ? { trackingUrl: order.trackingUrl } : {}),
    at: update.occurredAt.toISOString(),
  });
  return true;
}

async function findOrderId(db: Db, update: TrackingUpdate): Promise<number | null> {
  if (update.shipmentId) {
    const [byShipment] = await db
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.carrierShipmentId, update.shipmentId))
      .limit(1);
    if (byShipment) return byShipment.id;
  }
  const [byNumber] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.trackingNumber, update.trackingNumber))
    .limit(1);
  return byNumber?.id ?? null;
}
