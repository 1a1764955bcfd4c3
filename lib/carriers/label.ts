import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { log } from "@/lib/log";
import {
  alreadyApplied,
  availableActions,
  loadOrder,
  machineOrder,
  type Order,
  type OrderActor,
  transitionOrder,
  type TransitionResult,
} from "@/lib/orders";
import { LABEL_TIMEOUT_MS } from "./easypost";
import { getCarrier } from "./provider";
import type { Carrier } from "./types";

// "Buy label and ship": the label for the rate the shopper chose at checkout, bought from the
// carrier, then the order shipped with its tracking number through the state machine. Bought
// once per order: the purchase is claimed on the order row (committed before the carrier is
// called, so a double click or a second tab finds it taken), a label already stored is used
// again, and the provider answers a shipment it already bought with that label (a purchase
// whose answer was lost). The ship form's key makes the status change itself happen once.

/** A claim older than this belongs to a request that died mid-purchase: it may be taken over. */
const CLAIM_LEASE_MS = LABEL_TIMEOUT_MS * 2;

export type ShipOptions = {
  actor: OrderActor;
  idempotencyKey: string;
  onApplied?: Parameters<typeof transitionOrder>[3]["onApplied"];
};

/** Whether the order can be shipped with a bought label (a carrier is set and the order has its shipment). */
export function canBuyLabel(order: Pick<Order, "carrierShipmentId" | "carrierRateId">, carrier = getCarrier()) {
  return carrier !== null && order.carrierShipmentId !== null && order.carrierRateId !== null;
}

export async function buyLabelAndShip(
  db: Db,
  orderId: number,
  options: ShipOptions,
  carrier: Carrier | null = getCarrier(),
): Promise<TransitionResult> {
  const order = await loadOrder(db, orderId);
  if (!order) return { ok: false, message: "This order does not exist." };
  if (await alreadyApplied(db, options.idempotencyKey))
    return { ok: true, order, event: null, stock: [], duplicate: true };
  if (!carrier || !order.carrierShipmentId || !order.carrierRateId)
    return { ok: false, message: "This order has no carrier shipment to buy a label for. Type the tracking number." };
  if (!availableActions(machineOrder(order), options.actor.kind).includes("ship"))
    return { ok: false, message: "This order cannot be shipped now, so no label was bought." };

  const label = order.labelUrl ? storedLabel(order) : await purchase(db, carrier, order);
  if (!label.ok) return label;
  return transitionOrder(db, order.id, "ship", {
    actor: options.actor,
    idempotencyKey: options.idempotencyKey,
    carrier: label.carrier,
    trackingNumber: label.trackingNumber,
    ...(label.trackingUrl ? { trackingUrl: label.trackingUrl } : {}),
    ...(options.onApplied ? { onApplied: options.onApplied } : {}),
  });
}

type Label = { ok: true; carrier: string; trackingNumber: string; trackingUrl: string | null };

// A label bought earlier whose shipping did not go through (a refusal, a crash): no second purchase.
function storedLabel(order: Order): Label | Refused {
  if (!order.trackingNumber || !order.carrier)
    return { ok: false, message: "This order's label has no tracking number." };
  return { ok: true, carrier: order.carrier, trackingNumber: order.trackingNumber, trackingUrl: order.trackingUrl };
}

async function purchase(db: Db, carrier: Carrier, order: Order): Promise<Label | Refused> {
  const [claimed] = await db
    .update(orders)
    .set({ labelClaimedAt: sql`now()` })
    .where(
      and(
        eq(orders.id, order.id),
        isNull(orders.labelUrl),
        or(
          isNull(orders.labelClaimedAt),
          lt(orders.labelClaimedAt, sql`now() - make_interval(secs => ${CLAIM_LEASE_MS / 1000})`),
        ),
      ),
    )
    .returning({ id: orders.id });
  if (!claimed)
    return { ok: false, message: "A label is being bought for this order right now. Reload the page in a moment." };
  try {
    const label = await carrier.buyLabel({ shipmentId: order.carrierShipmentId!, rateId: order.carrierRateId! });
    // Kept at once, apart from the status change: a label paid for is never lost to a later refusal.
    await db
      .update(orders)
      .set({
        labelUrl: label.labelUrl,
        carrier: label.carrier,
        trackingNumber: label.trackingNumber,
        trackingUrl: label.trackingUrl,
        updatedAt: new Date(),
      })
      .where(eq(orders.id, order.id));
    return { ok: true, carrier: label.carrier, trackingNumber: label.trackingNumber, trackingUrl: label.trackingUrl };
  } catch (error) {
    await db.update(orders).set({ labelClaimedAt: null }).where(eq(orders.id, order.id));
    log.warn(
      { module: "carriers", orderId: order.id, reason: error instanceof Error ? error.message : String(error) },
      "label purchase failed",
    );
    return {
      ok: false,
      message: `The carrier did not sell the label (${error instanceof Error ? error.message : "no answer"}), so nothing was bought. Try again, or type a tracking number.`,
    };
  }
}
