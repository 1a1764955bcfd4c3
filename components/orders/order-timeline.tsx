import { formatMoney } from "@/lib/money";
import { orderEventLabels, type OrderEventType } from "@/lib/orders/client";
import { OrderDate } from "./format-date";

export type TimelineEntry = { type: OrderEventType; at: Date; data: Record<string, unknown> };

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
  if (entry.type === "refunded" && typeof data.amount === "number") {
    return (
      <p className="text-sm text-gray-700">
        {formatMoney({ amount: data.amount, currency })} refunded{data.full ? "" : " (partial)"}
      </p>
    );
  }
  const reason = text(data.reason);
  return reason ? <p className="text-sm text-gray-700">{reason}</p> : null;
}

/** The order's history, oldest first, driven by its order_events rows. */
export function OrderTimeline({ entries, currency }: { entries: TimelineEntry[]; currency: string }) {
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
            <OrderDate date={entry.at} withTime />
          </p>
          <Detail entry={entry} currency={currency} />
        </li>
      ))}
    </ol>
  );
}
