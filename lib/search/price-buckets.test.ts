import { describe, expect, it } from "vitest";
import { isPriceBucketKey, PRICE_BUCKETS, priceBucketLabel, priceBucketOf } from "./price-buckets";

describe("price buckets", () => {
  it("put a price in the bucket whose lower bound it reaches", () => {
    expect(priceBucketOf(0, "USD")).toBe("0-25");
    expect(priceBucketOf(2499, "USD")).toBe("0-25");
    expect(priceBucketOf(2500, "USD")).toBe("25-50");
    expect(priceBucketOf(19999, "USD")).toBe("100-200");
    expect(priceBucketOf(50_000_00, "USD")).toBe("200-up");
    expect(priceBucketOf(3000, "JPY")).toBe("200-up");
  });

  it("have readable labels and known keys", () => {
    expect(PRICE_BUCKETS.map((b) => priceBucketLabel(b.key, "USD"))).toEqual([
      "Under $25",
      "$25 – $50",
      "$50 – $100",
      "$100 – $200",
      "$200 and up",
    ]);
    expect(isPriceBucketKey("25-50")).toBe(true);
    expect(isPriceBucketKey("25-51")).toBe(false);
  });
});
