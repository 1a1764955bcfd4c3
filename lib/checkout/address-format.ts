import type { OrderAddress } from "@/db/schema";

const regions = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An address as display lines, empty parts left out. */
export function addressLines(address: OrderAddress): string[] {
  return [
    address.fullName,
    address.company,
    address.line1,
    address.line2,
    [address.city, address.region, address.postalCode].filter(Boolean).join(", "),
    countryName(address.country),
  ].filter((line) => line.trim() !== "");
}

/** One line for a choice list: "Ada Lovelace, 1 Main Street, Springfield, US" or just the country. */
export function formatAddressLine(address: Partial<OrderAddress> & { country: string }): string {
  const parts = [address.fullName, address.line1, address.city].filter((p): p is string => Boolean(p?.trim()));
  return [...parts, countryName(address.country)].join(", ");
}
