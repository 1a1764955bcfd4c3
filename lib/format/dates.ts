// Every date the store shows goes through here. Timestamps are stored in UTC and shown in the
// store's time zone (its settings; pages and emails pass it), since server-rendered pages and
// emails cannot know the reader's zone. Without one, UTC.
//
// Two families:
// - staff pages: compact, sortable, 24-hour ("2026-12-03 14:05"), zone not named;
// - shoppers and emails: in words ("December 3, 2026"), zone named when a time is shown.
//
// A value that is not a date (an unreadable string from an old event payload) is shown as
// given rather than throwing while a page or an email renders.

const STORE_TIME_ZONE = "UTC";

export type DateInput = Date | string;
export type DateFormatOptions = { timeZone?: string };
type TimeOptions = DateFormatOptions & { seconds?: boolean };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

function toDate(value: DateInput): Date | null {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const numeric: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};

type Field = "year" | "month" | "day" | "hour" | "minute" | "second";

/** The date's calendar fields in the zone, zero-padded. */
function fields(date: Date, timeZone: string): Record<Field, string> {
  const parts = formatter(timeZone, numeric).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const names: Field[] = ["year", "month", "day", "hour", "minute", "second"];
  return Object.fromEntries(names.map((name) => [name, get(name)])) as Record<Field, string>;
}

function zoneName(date: Date, timeZone: string): string {
  const parts = formatter(timeZone, { timeZoneName: "short" }).formatToParts(date);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** Staff pages: "2026-12-03". */
export function formatDate(value: DateInput, { timeZone = STORE_TIME_ZONE }: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const f = fields(date, timeZone);
  return `${f.year}-${f.month}-${f.day}`;
}

/** Staff pages: "2026-12-03 14:05", or "2026-12-03 14:05:09" with seconds (the audit log). */
export function formatDateTime(value: DateInput, options: TimeOptions = {}): string {
  const { timeZone = STORE_TIME_ZONE, seconds = false } = options;
  const date = toDate(value);
  if (!date) return String(value);
  const f = fields(date, timeZone);
  return `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}${seconds ? `:${f.second}` : ""}`;
}

/** Shoppers and emails: "December 3, 2026". */
export function formatLongDate(value: DateInput, { timeZone = STORE_TIME_ZONE }: DateFormatOptions = {}): string {
  const date = toDate(value);
  return date ? formatter(timeZone, { dateStyle: "long" }).format(date) : String(value);
}

/** Emails: "December 3, 2026, 14:05 UTC" (when a link expires). */
export function formatLongDateTime(value: DateInput, { timeZone = STORE_TIME_ZONE }: DateFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const f = fields(date, timeZone);
  return `${formatLongDate(date, { timeZone })}, ${f.hour}:${f.minute} ${zoneName(date, timeZone)}`;
}

/** Shopper pages: "Dec 3, 2026, 2:05 PM UTC"; with seconds, the sent-email log. */
export function formatMediumDateTime(value: DateInput, options: TimeOptions = {}): string {
  const { timeZone = STORE_TIME_ZONE, seconds = false } = options;
  const date = toDate(value);
  if (!date) return String(value);
  const text = formatter(timeZone, { dateStyle: "medium", timeStyle: seconds ? "medium" : "short" }).format(date);
  return `${text} ${zoneName(date, timeZone)}`;
}
