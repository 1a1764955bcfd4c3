import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db as defaultDb, type DbOrTx } from "@/db";
import { type OrderEventType, type OrderStatus, orderEvents, orders } from "@/db/schema";
import { createLimiter, type Verdict } from "@/lib/rate-limit";
import { normalizeOrderNumber } from "./identifiers";
import { loadOrderLines } from "./snapshot";
import { CUSTOMER_VISIBLE_EVENTS } from "./timeline";

// The public tracking page: order number + email, for guests. It answers the same for a
// wrong number and a wrong email (nothing to enumerate), shows where the parcel is but not
// the address or the prices, and is rate limited per IP and per order number.

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
};

export async function trackOrder(number: string, email: string, db: DbOrTx = defaultDb): Promise<TrackingView | null> {
  const normalized = normalizeOrderNumber(number);
  const address = email.trim().toLowerCase();
  if (!normalized || !address) return null;
  const [order] = await db.select().from(orders).where(and(eq(orders.number, normalized), eq(orders.email, address)));
  if (!order) return null;
  const [lines, events] = await Promise.all([
    loadOrderLines(db, order.id),
    db
      .select({ type: orderEvents.type, at: orderEvents.createdAt, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), inArray(orderEvents.type, [...CUSTOMER_VISIBLE_EVENTS])))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
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
  };
}

const perIp = createLimiter({ keyPrefix: "track:ip", points: 10, duration: 10 * 60 });
const perOrder = createLimiter({ keyPrefix: "track:order", points: 20, duration: 60 * 60 });

/** Counts a lookup; refused when this IP or this order number has been tried too often. */
export async function consumeTrackingAttempt(ip: string, number: string): Promise<Verdict> {
  const [byIp, byOrder] = await Promise.all([perIp.consume(ip), perOrder.consume(normalizeOrderNumber(number) ?? "invalid")]);
  if (byIp.limited || byOrder.limited) {
    const waits = [byIp, byOrder].flatMap((v) => (v.limited ? [v.retryAfterSeconds] : []));
    return { limited: true, retryAfterSeconds: Math.max(...waits) };
  }
  return { limited: false };
}
