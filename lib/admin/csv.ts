// RFC 4180 CSV, enough for the product and order exports and the product import: quoted
// fields, doubled quotes, CRLF or LF line ends, a UTF-8 BOM tolerated on input.

// A cell a spreadsheet would run as a formula starts with one of these; the full-width forms
// too, which some spreadsheet locales treat like the ASCII ones.
const FORMULA_START = "[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
// A cell that starts like a formula, possibly behind quotes: exactly these get one `'` on
// export and lose one on import, so any text (even one starting with `'=`) round-trips.
const NEEDS_QUOTE = new RegExp(`^'*${FORMULA_START}`);
const ADDED_QUOTE = new RegExp(`^'(?='*${FORMULA_START})`);

/**
 * Cells that start like a formula are prefixed so spreadsheets show them as text. A cell
 * with a `;` or a tab is quoted too: a spreadsheet that splits on those (many locales use
 * `;`) would otherwise start a new cell there, and `Bob;=1+1` would run `=1+1`.
 */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (NEEDS_QUOTE.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Rows of cells; a trailing empty line is dropped. Throws on an unterminated quote. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("The file ends inside a quoted field.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Rows as objects keyed by the (trimmed, lower-cased) header, each with its 1-based line.
 * The `'` an export put before formula-like text is taken off again.
 */
export function csvRecords(input: string): { header: string[]; records: { line: number; values: Record<string, string> }[] } {
  const [header = [], ...rows] = parseCsv(input);
  const keys = header.map((h) => h.trim().toLowerCase());
  const records = rows
    .map((cells, i) => ({ line: i + 2, values: Object.fromEntries(keys.map((k, j) => [k, (cells[j] ?? "").trim().replace(ADDED_QUOTE, "")])) }))
    .filter((r) => Object.values(r.values).some((v) => v !== ""));
  return { header: keys, records };
}
