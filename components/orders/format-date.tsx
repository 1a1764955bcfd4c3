import { formatLongDate, formatMediumDateTime } from "@/lib/format";

// Server-rendered: the shopper's time zone is unknown, so dates read in the store's zone, named.
export function OrderDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{withTime ? formatMediumDateTime(date) : formatLongDate(date)}</time>;
}
