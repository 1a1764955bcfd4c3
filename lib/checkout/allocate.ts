/**
 * Splits `total` minor units across lines in proportion to `weights`, in integers that add
 * up to exactly `total` (largest remainder: the leftover units go to the lines whose exact
 * share lost the most to rounding, earlier lines first on ties). No share exceeds its
 * weight when `total` does not exceed the sum of the weights.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`Cannot allocate ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  // Integer arithmetic throughout: share_i = floor(total × w_i / sum), remainder kept exact.
  const exact = weights.map((w) => ({ floor: Math.floor((total * w) / sum), rest: (total * w) % sum }));
  let left = total - exact.reduce((a, e) => a + e.floor, 0);
  const order = exact.map((e, i) => ({ i, rest: e.rest })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const shares = exact.map((e) => e.floor);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}
