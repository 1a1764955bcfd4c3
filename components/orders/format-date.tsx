import { formatLongDate, formatMediumDateTime } from "@/lib/format";
import { getSettings } from "@/lib/settings";

// Server-rendered: the shopper's time zone is unknown, so dates read in the store's zone (the
// store settings, cached under their tag), named.
export async function OrderDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const { timeZone } = await getSettings("store");
  return (
    <time dateTime={date.toISOString()}>
      {withTime ? formatMediumDateTime(date, { timeZone }) : formatLongDate(date, { timeZone })}
    </time>
  );
}
