/** Half-up rounding of amount × basisPoints / 10 000 in integers: no floats touch money. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

/**
 * The tax contained in a tax-inclusive amount: amount × bp / (10 000 + bp), rounded half up
 * in integers like applyBasisPoints (£20.00 at 20% holds £3.33).
 */
export function includedBasisPoints(amount: number, basisPoints: number): number {
  const divisor = 10_000 + basisPoints;
  return Math.floor((2 * amount * basisPoints + divisor) / (2 * divisor));
}
