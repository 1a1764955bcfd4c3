// Money is an integer amount of the currency's minor unit plus its ISO 4217 code. Never a
// float: 0.1 + 0.2 is not a price. (docs/architecture.md, invariants.)
export type Money = { amount: number; currency: string };

const CURRENCY = /^[A-Z]{3}$/;

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amount must be an integer, got ${amount}`);
  if (!CURRENCY.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  return { amount, currency };
}

/** Digits after the decimal point for a currency: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney({ amount, currency }: Money, locale = "en-US"): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter.format(amount / 10 ** minorUnitDigits(currency));
}

/**
 * Parses a decimal string a person typed ("12", "12.5", "12.50") into minor units, or null
 * when it is not a non-negative amount with at most the currency's decimals.
 */
export function parseMoneyInput(input: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(input.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`Cannot add ${a.currency} to ${b.currency}`);
  return money(a.amount + b.amount, a.currency);
}

export function multiplyMoney(a: Money, quantity: number): Money {
  if (!Number.isInteger(quantity)) throw new RangeError(`Quantity must be an integer, got ${quantity}`);
  return money(a.amount * quantity, a.currency);
}
