import type { TrackingStatus, TrackingUpdate } from "./types";

// EasyPost's webhook body, the parts the store reads: an Event whose result is a Tracker.

type TrackingDetail = {
  message?: string | null;
  status?: string | null;
  datetime?: string | null;
  tracking_location?: { city?: string | null; state?: string | null; country?: string | null } | null;
};

export type EasyPostEvent = {
  id?: unknown;
  description?: unknown;
  result?: {
    object?: unknown;
    status?: unknown;
    tracking_code?: unknown;
    shipment_id?: unknown;
    updated_at?: unknown;
    tracking_details?: TrackingDetail[] | null;
  } | null;
};

const KNOWN: readonly TrackingStatus[] = ["pre_transit", "in_transit", "out_for_delivery", "delivered"];

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

/** The tracker update in a verified event, or null for any other event (answered 200 and ignored). */
export function readTrackerEvent(event: EasyPostEvent): TrackingUpdate | null {
  const tracker = event.result;
  const eventId = text(event.id);
  const trackingNumber = text(tracker?.tracking_code);
  if (!eventId || !tracker || tracker.object !== "Tracker" || !trackingNumber) return null;
  if (event.description !== "tracker.updated" && event.description !== "tracker.created") return null;
  const status = text(tracker.status) as TrackingStatus | null;
  const latest = tracker.tracking_details?.at(-1);
  const place = latest?.tracking_location;
  const location = [place?.city, place?.state, place?.country].map(text).filter(Boolean).join(", ");
  const at = new Date(text(latest?.datetime) ?? text(tracker.updated_at) ?? Date.now());
  return {
    eventId,
    shipmentId: text(tracker.shipment_id),
    trackingNumber,
    status: status && KNOWN.includes(status) ? status : "other",
    message: text(latest?.message) ?? status ?? "Tracking updated",
    location: location || null,
    occurredAt: Number.isNaN(at.getTime()) ? new Date() : at,
  };
}
