import type { TaxLine } from "./tax";

/** 725 → "7.25%", 2000 → "20%". */
export function formatRate(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}

/**
 * A tax line as receipts name it: "incl. VAT 20%" when the prices contained it (the UK and
 * the EU require the contained VAT to be stated), "Sales tax (7.25%)" when it was added on top.
 */
export function taxLineLabel(line: Pick<TaxLine, "label" | "basisPoints">, pricesIncludeTax: boolean): string {
  return pricesIncludeTax
    ? `incl. ${line.label} ${formatRate(line.basisPoints)}`
    : `${line.label} (${formatRate(line.basisPoints)})`;
}
