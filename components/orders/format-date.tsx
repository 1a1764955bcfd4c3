// Server-rendered dates: the shopper's time zone is unknown, so they read in UTC, labelled.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function OrderDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{withTime ? `${dateTime.format(date)} UTC` : dateOnly.format(date)}</time>;
}
