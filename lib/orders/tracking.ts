import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db as defaultDb, type DbOrTx } from "@/db";
import { type OrderEventType, type OrderStatus, orderEvents, orders } from "@/db/schema";
import { loadSettings } from "@/lib/settings";
import { normalizeOrderNumber } from "./identifiers";
import { loadOrderLines } from "./snapshot";
import { CUSTOMER_VISIBLE_EVENTS } from "./timeline";

// The public tracking page: order number + email, for guests. It answers the same for a
// wrong number and a wrong email (nothing to enumerate), shows where the parcel is but not
// the address or the prices, and is rate limited per caller (tracking-limits.ts).

export type TrackingEvent = { type: OrderEventType; at: Date; data: Record<string, unknown> };

export type TrackingView = {
  number: string;
  status: OrderStatus;
  currency: string;
  placedAt: Date;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  items: { name: string; variant: string; quantity: number }[];
  timeline: TrackingEvent[];
  /** The store's (its settings): the shopper's own is unknown to the server. */
  timeZone: string;
};

export async function trackOrder(number: string, email: string, db: DbOrTx = defaultDb): Promise<TrackingView | null> {
  const normalized = normalizeOrderNumber(number);
  const address = email.trim().toLowerCase();
  if (!normalized || !address) return null;
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.number, normalized), eq(orders.email, address)));
  if (!order) return null;
  const [lines, events, store] = await Promise.all([
    loadOrderLines(db, order.id),
    db
      .select({ type: orderEvents.type, at: orderEvents.createdAt, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), inArray(orderEvents.type, [...CUSTOMER_VISIBLE_EVENTS])))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    loadSettings(db, "store"),
  ]);
  return {
    number: order.number,
    status: order.status,
    currency: order.currency,
    placedAt: order.createdAt,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    items: lines.map((l) => ({ name: l.productName, variant: l.variantTitle, quantity: l.quantity })),
    timeline: events,
    timeZone: store.timeZone,
  };
}
