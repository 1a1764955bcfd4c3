import { toDecimalString } from "@/lib/catalog";

// Upper bounds for what staff type. Amounts and stock live in Postgres `integer` columns
// (at most 2,147,483,647), and sums of them (order totals, stock + change) must fit too, so
// a typo of a few extra digits is refused with a message instead of failing the write.

/** 10^9 minor units: 10,000,000.00 in a two-decimal currency. */
export const MAX_AMOUNT = 1_000_000_000;
export const MAX_STOCK = 1_000_000;
/** Usage limits of a discount code. */
export const MAX_COUNT = 1_000_000;

export const amountTooBig = (currency: string) =>
  `Enter an amount of at most ${toDecimalString({ amount: MAX_AMOUNT, currency })}.`;
export const STOCK_RANGE = "Enter a whole number from 0 to 1,000,000.";
export const STOCK_CHANGE_RANGE = "Enter a change between -1,000,000 and 1,000,000.";
