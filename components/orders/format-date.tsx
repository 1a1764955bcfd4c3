import { formatLongDate, formatMediumDateTime } from "@/lib/format";

// Pure (the tracking form renders it in the browser too): the shopper's time zone is unknown,
// so dates read in the store's zone (the store settings, passed by server pages), named.
export function OrderDate({ date, withTime = false, timeZone }: { date: Date; withTime?: boolean; timeZone: string }) {
  return (
    <time dateTime={date.toISOString()}>
      {withTime ? formatMediumDateTime(date, { timeZone }) : formatLongDate(date, { timeZone })}
    </time>
  );
}
