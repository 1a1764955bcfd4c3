import type { CarrierEventView } from "@/lib/carriers";
import { carrierStatusLabel } from "@/lib/carriers/client";
import { OrderDate } from "./format-date";

/** What the carrier reported about the parcel, newest first (lib/carriers, tracking webhook). */
export function CarrierEvents({ events, timeZone }: { events: CarrierEventView[]; timeZone: string }) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="carrier-events-heading" className="mt-8">
      <h2 id="carrier-events-heading" className="text-lg font-semibold text-gray-950">
        Carrier updates
      </h2>
      <ol className="mt-3 space-y-3 border-l border-gray-200 pl-4">
        {events.map((e) => (
          <li key={e.id} className="text-sm">
            <p className="font-medium text-gray-950">{carrierStatusLabel(e.status)}</p>
            <p className="text-gray-800">
              {e.message}
              {e.location ? ` · ${e.location}` : ""}
            </p>
            <p className="text-gray-600">
              <OrderDate date={e.at} withTime timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
