import { minorUnitDigits, type Money } from "@/lib/money";

/**
 * Minor units as a plain decimal string in major units ("12900" USD → "129.00"), built with
 * integer arithmetic so no float rounding can creep in. Used for URLs (price filters) and
 * structured data, where a formatted "$129.00" would be wrong.
 */
export function toDecimalString({ amount, currency }: Money): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const fraction = String(abs % scale).padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/** Like toDecimalString, but without a zero fraction ("12.00" → "12"), for short URLs. */
export function toShortDecimalString(value: Money): string {
  return toDecimalString(value).replace(/\.0+$/, "");
}
