import type { ProductOptionInput } from "./types";
import {
  checkOptions,
  combinationKey,
  combinations,
  combinationTitle,
  MAX_WEIGHT_GRAMS,
  splitValues,
} from "./variant-matrix";

// The server's half of the variant editor: reading the posted options and checking that the
// posted rows are their matrix. Field errors are keyed by row so they land beside it.

type Add = (key: string, message: string) => void;

export function readOptions(v: { optionName: string[]; optionValues: string[] }, add: Add): ProductOptionInput[] {
  const options = v.optionName.flatMap((raw, i) => {
    const name = raw.trim();
    const values = splitValues(v.optionValues[i] ?? "");
    return !name && values.length === 0 ? [] : [{ name, values, row: i }];
  });
  const errors = checkOptions(options);
  for (const [key, message] of Object.entries(errors)) {
    // Report at the row the owner sees, which skipped blank rows may have shifted.
    const [field, index] = key.split(".");
    add(index === undefined ? key : `${field}.${options[Number(index)]!.row}`, message);
  }
  return options.map(({ name, values }) => ({ name, values }));
}

/** Grams as a whole number; empty is "not given" (null). */
export function parseWeight(text: string | undefined, fail: (message: string) => void): number | null {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return null;
  const grams = Number(trimmed);
  if (Number.isInteger(grams) && grams >= 0 && grams <= MAX_WEIGHT_GRAMS) return grams;
  fail("Enter the weight in grams, a whole number from 0 to 1,000,000.");
  return null;
}

type Row = { options: Record<string, string>; title: string; row: number };

/**
 * The rows must be the options' matrix: each combination exactly once, each row naming a value
 * of every option and nothing else. Titles follow the options ("Black / M").
 */
export function checkMatrix(options: ProductOptionInput[], rows: Row[], add: Add): void {
  const names = options.map((o) => o.name);
  const wanted = new Map(combinations(options).map((c) => [combinationKey(c, names), c]));
  const seen = new Set<string>();
  for (const row of rows) {
    const keys = Object.keys(row.options);
    const fits =
      keys.length === names.length &&
      options.every((o) => o.values.includes(row.options[o.name] ?? "")) &&
      keys.every((k) => names.includes(k));
    const key = combinationKey(row.options, names);
    if (!fits) add(`variantRow.${row.row}`, "This variant's options are not among the product's options; remove it.");
    else if (seen.has(key)) add(`variantRow.${row.row}`, "This combination is listed twice; remove one of the rows.");
    seen.add(key);
    row.title = combinationTitle(row.options, names);
  }
  const missing = [...wanted].filter(([key]) => !seen.has(key)).map(([, c]) => combinationTitle(c, names));
  if (missing.length)
    add(
      "variants",
      `Add a variant for every combination; missing: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? " …" : ""}.`,
    );
}
