import { orderEventDetail, orderEventLabels, type OrderEventType } from "@/lib/orders/client";
import { OrderDate } from "./format-date";

/** `by` is for staff views: who made the change ("Ana (staff)", "Stripe"). */
export type TimelineEntry = { type: OrderEventType; at: Date; data: Record<string, unknown>; by?: string };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);

function Detail({ entry, currency }: { entry: TimelineEntry; currency: string }) {
  const { data } = entry;
  if (entry.type === "shipped") {
    const url = text(data.trackingUrl);
    return (
      <p className="text-sm text-gray-700">
        {text(data.carrier)} · tracking number <span className="font-mono">{text(data.trackingNumber)}</span>
        {url && (
          <>
            {" · "}
            <a href={url} className="font-medium text-gray-950 underline" target="_blank" rel="noopener noreferrer">
              Track the parcel<span className="sr-only"> (opens the carrier’s site in a new tab)</span>
            </a>
          </>
        )}
      </p>
    );
  }
  // Every other event in plain words (never its raw data): "Refunded $69.00 for 1 × Trail Jacket (M), …".
  const detail = orderEventDetail(entry.type, data, currency);
  return detail ? <p className="text-sm whitespace-pre-line text-gray-700">{detail}</p> : null;
}

/** The order's history, oldest first, driven by its order_events rows (the shopper's and the staff's). */
export function OrderTimeline({
  entries,
  currency,
  timeZone,
}: {
  entries: TimelineEntry[];
  currency: string;
  timeZone: string;
}) {
  return (
    <ol className="relative space-y-4 border-l border-gray-300 pl-6" data-testid="order-timeline">
      {entries.map((entry, i) => (
        <li key={`${entry.type}-${i}`} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.8rem] size-3 rounded-full border-2 border-white bg-gray-950"
          />
          <p className="text-sm font-medium text-gray-950">{orderEventLabels[entry.type] ?? entry.type}</p>
          <p className="text-xs text-gray-600">
            <OrderDate date={entry.at} withTime timeZone={timeZone} />
            {entry.by ? ` · by ${entry.by}` : ""}
          </p>
          <Detail entry={entry} currency={currency} />
        </li>
      ))}
    </ol>
  );
}
