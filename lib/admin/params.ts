// The numbers staff pages take from their URL: a row id (lib/row-id.ts) or a page number.
// Anything else is the first page, never a database error.
export { rowId } from "@/lib/row-id";

/** Far past any real list; keeps OFFSET in range. */
const MAX_PAGE = 100_000;

export function pageNumber(value: unknown): number {
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value)) return 1;
  return Math.min(MAX_PAGE, Math.max(1, Number(value)));
}
