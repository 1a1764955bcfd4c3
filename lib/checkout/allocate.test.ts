import { describe, expect, it } from "vitest";
import { allocate } from "./allocate";

describe("allocate", () => {
  it("splits in proportion and always adds up to the total", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [25800, 1850])).toEqual([933, 67]);
    for (const [total, weights] of [
      [7, [3, 3, 3]],
      [2765, [25800, 1850]],
      [1, [1, 1]],
      [999, [1, 2, 3, 4]],
    ] as const) {
      expect(allocate(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it("never gives a line more than its weight", () => {
    expect(allocate(30, [10, 20])).toEqual([10, 20]);
    const shares = allocate(29, [1, 9, 19]);
    shares.forEach((share, i) => expect(share).toBeLessThanOrEqual([1, 9, 19][i]!));
  });

  it("gives nothing when there is nothing to split or nothing to split by", () => {
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    expect(allocate(10, [0, 0])).toEqual([0, 0]);
    expect(allocate(10, [])).toEqual([]);
  });

  it("refuses negative or fractional totals", () => {
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
  });
});
