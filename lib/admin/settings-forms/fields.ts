// The settings forms post flat fields named by their path in the settings ("zones.0.methods.1.price",
// "rates.2.percent"), so an error saveSettings reports for a path lands on the input of that row.

export type Form = Record<string, unknown>;
export type Fields = Record<string, string[]>;

export const text = (form: Form, key: string) => (typeof form[key] === "string" ? (form[key] as string) : "").trim();

/** The indices posted under `prefix` ("zones" → 0, 1, 3), in order. */
export function indices(form: Form, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const key of Object.keys(form)) {
    const match = pattern.exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}
