// CSV for the product and order exports and the product import, read and written by
// csv-parse and csv-stringify. What is ours: the formula guard on export (and taking it off
// again on import), and the messages a refused file gets.
import { CsvError, parse, type Options as ParseOptions } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

// A cell a spreadsheet would run as a formula starts with one of these; the full-width forms
// too, which some spreadsheet locales treat like the ASCII ones.
const FORMULA_START = "[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
// A cell that starts like a formula, possibly behind quotes: exactly these get one `'` on
// export and lose one on import, so any text (even one starting with `'=`) round-trips.
// csv-stringify's own `escape_formulas` cannot do this: it prefixes "-5" given as text and
// knows nothing of cells already behind a `'`.
const NEEDS_QUOTE = new RegExp(`^'*${FORMULA_START}`);
const ADDED_QUOTE = new RegExp(`^'(?='*${FORMULA_START})`);

/** Cells that start like a formula are prefixed so spreadsheets show them as text. */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return NEEDS_QUOTE.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/**
 * A cell with a `;` or a tab is quoted too (`quoted_match`): a spreadsheet that splits on
 * those (many locales use `;`) would otherwise start a new cell there, and `Bob;=1+1` would
 * run `=1+1`. Cells are made text first, so the library's casts (booleans as "1") never apply.
 * `quote_record_delimiter` is off by default once `record_delimiter` is set; without it a
 * lone `\n` in a CRLF file would be written bare and split the row on import.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(cell)),
    { record_delimiter: "\r\n", quote_record_delimiter: true, quoted_match: [";", "\t"] },
  );
}

const READ: ParseOptions = {
  bom: true,
  // A row may have fewer or more cells than the header: missing ones read as empty.
  relax_column_count: true,
  // A quote inside a field that does not start with one is text (`12" pan`), as people type it.
  relax_quotes: true,
  // Any of the three line ends, even mixed in one file (the library would otherwise keep the first it meets).
  record_delimiter: ["\r\n", "\n", "\r"],
  // Blank lines stay rows, so each row's number is its row in a spreadsheet.
  skip_empty_lines: false,
};

/** The library's refusal as a message for the person who made the file. */
function refusal(error: unknown): Error {
  if (!(error instanceof CsvError)) return error as Error;
  const line = typeof error.lines === "number" ? error.lines : null;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new Error("The file ends inside a quoted field.");
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
      return new Error(
        `Line ${line}: a quoted field goes on after its closing quote. Write a quote inside a quoted field as two quotes ("").`,
      );
    default:
      return new Error(line === null ? error.message : `Line ${line}: ${error.message}`);
  }
}

function rows(input: string, trim: boolean): string[][] {
  try {
    return parse(input, { ...READ, trim });
  } catch (error) {
    throw refusal(error);
  }
}

/** Rows of cells, exactly as written; a trailing empty line is dropped. Throws on an unterminated quote. */
export function parseCsv(input: string): string[][] {
  return rows(input, false);
}

/**
 * Rows as objects keyed by the (trimmed, lower-cased) header, each with its 1-based line.
 * The `'` an export put before formula-like text is taken off again. Cells are trimmed by
 * the parser, so spaces around a quoted field are allowed and text after its closing quote
 * (`"a"b`) is refused with its line instead of read as something the file did not mean.
 */
export function csvRecords(input: string): {
  header: string[];
  records: { line: number; values: Record<string, string> }[];
} {
  const [header = [], ...cells] = rows(input, true);
  const keys = header.map((h) => h.trim().toLowerCase());
  const records = cells
    .map((row, i) => ({
      line: i + 2,
      values: Object.fromEntries(keys.map((k, j) => [k, (row[j] ?? "").trim().replace(ADDED_QUOTE, "")])),
    }))
    .filter((r) => Object.values(r.values).some((v) => v !== ""));
  return { header: keys, records };
}
