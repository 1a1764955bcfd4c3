// A row id taken from a URL or a form. Anything else (a word, a negative, a number past what
// a Postgres `integer` column holds) is no row, never a database error.

/** Postgres `integer` ids go up to this. */
export const MAX_ROW_ID = 2_147_483_647;

export function rowId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_ROW_ID ? id : null;
}
