// The numbers staff pages take from their URL: a row id or a page number. Anything else (a
// word, a negative, a number past what the database column holds) is no row and the first
// page, never a database error.

/** Postgres `integer` ids go up to this. */
const MAX_ROW_ID = 2_147_483_647;
/** Far past any real list; keeps OFFSET in range. */
const MAX_PAGE = 100_000;

export function rowId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_ROW_ID ? id : null;
}

export function pageNumber(value: unknown): number {
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value)) return 1;
  return Math.min(MAX_PAGE, Math.max(1, Number(value)));
}
