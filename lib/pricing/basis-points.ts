/** Half-up rounding of amount × basisPoints / 10 000 in integers: no floats touch money. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}
