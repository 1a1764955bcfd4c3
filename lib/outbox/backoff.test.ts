import { describe, expect, it } from "vitest";
import { exponentialBackoff } from "./backoff";

describe("exponentialBackoff", () => {
  it("doubles from the base and stops at the cap", () => {
    const backoff = exponentialBackoff({ baseMs: 1000, capMs: 10_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(backoff)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("spreads retries by the jitter fraction either way", () => {
    const low = exponentialBackoff({ baseMs: 1000, capMs: 10_000, jitter: 0.2, random: () => 0 });
    const high = exponentialBackoff({ baseMs: 1000, capMs: 10_000, jitter: 0.2, random: () => 1 });
    expect(low(2)).toBe(1600);
    expect(high(2)).toBe(2400);
  });
});
