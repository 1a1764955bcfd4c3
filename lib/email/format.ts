// Formatting for email text that is not a date (dates: lib/format/dates.ts).

const regions = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
