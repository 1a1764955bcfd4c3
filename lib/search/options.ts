// Variant options as search facets. Documents hold "option:value" lower-cased for each variant
// in stock ("size:m", "colour:black"); the URL carries the same pairs (`option=size:m`), so a
// facet's value is its filter. Pure: the facet list and the URL parser share it.

/** "4 stars and up": the one rating filter the store offers. */
export const MIN_RATING_FILTER = 4;

const MAX_OPTION_LENGTH = 100;

export type OptionGroup = { option: string; values: string[] };

/** "Size: M" → "size:m", or null when it is not an "option:value" pair. */
export function normalizeOptionValue(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1 || value.length > MAX_OPTION_LENGTH) return null;
  return `${value.slice(0, colon).trim()}:${value.slice(colon + 1).trim()}`;
}

/** The option of a pair ("size:m" → "size"). */
export function optionOf(pair: string): string {
  return pair.slice(0, pair.indexOf(":"));
}

/** Pairs grouped by option, in order of first appearance: values ORed within, options ANDed. */
export function optionGroups(pairs: string[]): OptionGroup[] {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) {
    const option = optionOf(pair);
    groups.set(option, [...(groups.get(option) ?? []), pair]);
  }
  return [...groups].map(([option, values]) => ({ option, values }));
}

// Sizes read best smallest first; anything else alphabetically, numbers by value ("8 in" < "10 in").
const SIZE_ORDER = ["xxs", "xs", "s", "s/m", "m", "m/l", "l", "xl", "xxl", "xxxl", "small", "medium", "large"];

export function compareOptionValues(a: string, b: string): number {
  const rank = (v: string) => SIZE_ORDER.indexOf(v.toLowerCase());
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== -1 || rb !== -1) return (ra === -1 ? 99 : ra) - (rb === -1 ? 99 : rb);
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}

/** "size" → "Size" when no better label is known. */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_, start: string, letter: string) => start + letter.toUpperCase());
}
