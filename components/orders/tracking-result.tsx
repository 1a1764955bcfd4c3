import type { TrackingView } from "@/lib/orders";
import { OrderDate } from "./format-date";
import { OrderTimeline } from "./order-timeline";
import { ParcelTracking } from "./parcel-tracking";
import { StatusBadge } from "./status-badge";

/** What /track shows: status, parcel tracking and the timeline; no address, no prices. */
export function TrackingResult({ view }: { view: TrackingView }) {
  return (
    <section aria-labelledby="tracking-heading" className="space-y-4 rounded-lg border border-gray-200 p-4 sm:p-6">
      <h2 id="tracking-heading" className="text-lg font-semibold text-gray-950">
        Order {view.number}
      </h2>
      <div className="flex flex-wrap items-center gap-3 text-sm text-gray-700">
        <StatusBadge status={view.status} />
        <span>
          Placed on <OrderDate date={view.placedAt} timeZone={view.timeZone} />
        </span>
      </div>
      {view.trackingNumber && (
        <ParcelTracking
          carrier={view.carrier}
          trackingNumber={view.trackingNumber}
          trackingUrl={view.trackingUrl}
          className="text-sm text-gray-800"
        />
      )}
      <ul className="text-sm text-gray-800">
        {view.items.map((item, i) => (
          <li key={i}>
            {item.quantity} × {item.name}
            {item.variant && item.variant.toLowerCase() !== "default" ? ` (${item.variant})` : ""}
          </li>
        ))}
      </ul>
      <OrderTimeline entries={view.timeline} currency={view.currency} timeZone={view.timeZone} />
    </section>
  );
}
