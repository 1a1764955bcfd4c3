// Formatting for email text. Emails go to one reader whose time zone we do not know, so
// dates are shown as calendar dates in UTC, the zone every timestamp is stored in.

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const regions = new Intl.DisplayNames(["en"], { type: "region" });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${dateFormat.format(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
