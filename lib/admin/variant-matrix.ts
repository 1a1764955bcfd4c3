import type { ProductOptionInput } from "./types";

// The variant editor's rules, shared by the form (which builds the matrix as the owner types)
// and the server (which checks what was posted). Pure: no database, safe in the browser.

export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 30;
export const MAX_VARIANTS = 100;
export const MAX_OPTION_NAME = 40;
export const MAX_OPTION_VALUE = 60;
export const MAX_WEIGHT_GRAMS = 1_000_000;

/** Every combination of the options' values, in the options' order; one empty one without options. */
export function combinations(options: ProductOptionInput[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (rows, option) => rows.flatMap((row) => option.values.map((value) => ({ ...row, [option.name]: value }))),
    [{}],
  );
}

/** One string per combination, the same whatever order the object's keys came in. */
export function combinationKey(values: Record<string, string>, names: string[]): string {
  return JSON.stringify(names.map((name) => values[name] ?? null));
}

/** "Black / M", or "Default" for a product without options. */
export function combinationTitle(values: Record<string, string>, names: string[]): string {
  return names.map((name) => values[name] ?? "").join(" / ") || "Default";
}

/** "TRAIL-TEE-BLACK-M" from the slug and the values; editable on the form. */
export function suggestSku(slug: string, values: Record<string, string>, names: string[]): string {
  const parts = [slug, ...names.map((name) => values[name] ?? "")];
  return parts
    .map((p) =>
      p
        .normalize("NFKD")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .filter(Boolean)
    .join("-")
    .toUpperCase()
    .slice(0, 64);
}

/** The values of one option as the form posts them: one per line. */
export const splitValues = (text: string) =>
  text
    .split("\n")
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * Checks the options an owner typed. Errors are keyed by the option's row (`optionName.0`,
 * `optionValues.0`), or `options` for the whole set.
 */
export function checkOptions(options: ProductOptionInput[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const names = new Set<string>();
  options.forEach((option, i) => {
    const name = option.name.toLowerCase();
    if (!option.name) errors[`optionName.${i}`] = "Name this option, such as Size.";
    else if (option.name.length > MAX_OPTION_NAME)
      errors[`optionName.${i}`] = `Use at most ${MAX_OPTION_NAME} characters.`;
    else if (names.has(name)) errors[`optionName.${i}`] = "Each option needs its own name.";
    names.add(name);
    const seen = new Set<string>();
    if (option.values.length === 0) errors[`optionValues.${i}`] = "Add at least one value.";
    else if (option.values.length > MAX_OPTION_VALUES)
      errors[`optionValues.${i}`] = `An option can have at most ${MAX_OPTION_VALUES} values.`;
    for (const value of option.values) {
      if (value.length > MAX_OPTION_VALUE)
        errors[`optionValues.${i}`] =
          `"${value.slice(0, 20)}…" is too long: use at most ${MAX_OPTION_VALUE} characters.`;
      else if (seen.has(value.toLowerCase())) errors[`optionValues.${i}`] = `"${value}" is listed twice.`;
      seen.add(value.toLowerCase());
    }
  });
  if (options.length > MAX_OPTIONS) errors.options = `A product can have at most ${MAX_OPTIONS} options.`;
  else if (options.reduce((n, o) => n * Math.max(o.values.length, 1), 1) > MAX_VARIANTS)
    errors.options = `These options make more than ${MAX_VARIANTS} variants; split the product or use fewer values.`;
  return errors;
}

/** Options in first-seen order, from variants that carry them (CSV imports, older forms). */
export function optionsFromVariants(variants: { options: Record<string, string> }[]): ProductOptionInput[] {
  const out: ProductOptionInput[] = [];
  for (const v of variants)
    for (const [name, value] of Object.entries(v.options)) {
      const option = out.find((o) => o.name === name) ?? out[out.push({ name, values: [] }) - 1]!;
      if (!option.values.includes(value)) option.values.push(value);
    }
  return out;
}

/** Whom an image is for: "All variants", or one option value ("Colour: Black", posted as {"Colour":"Black"}). */
export function imageChoices(options: ProductOptionInput[]) {
  return [
    { value: "", label: "All variants" },
    ...options.flatMap((o) =>
      o.values.map((v) => ({ value: JSON.stringify({ [o.name]: v }), label: `${o.name}: ${v}` })),
    ),
  ];
}
