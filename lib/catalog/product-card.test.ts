import { describe, expect, it } from "vitest";
import { productCard } from "./product-card";

const fields = {
  id: 7,
  slug: "ridge-tent",
  name: "Ridge Tent",
  brand: "Northwind",
  priceAmount: 19900,
  compareAtAmount: 24900,
  currency: "USD",
  inStock: true,
  image: null,
};

describe("productCard", () => {
  it("shows the lowest price and its compare-at price in the product's currency", () => {
    expect(productCard(fields)).toEqual({
      id: 7,
      slug: "ridge-tent",
      name: "Ridge Tent",
      brand: "Northwind",
      price: { amount: 19900, currency: "USD" },
      compareAt: { amount: 24900, currency: "USD" },
      inStock: true,
      image: null,
      rating: null,
    });
  });

  it("carries the average rating to one decimal with its count, and none without reviews", () => {
    expect(productCard({ ...fields, ratingAverage: 4.25, reviewCount: "12" as unknown as number }).rating).toEqual({
      average: 4.3,
      count: 12,
    });
    expect(productCard({ ...fields, ratingAverage: null, reviewCount: 0 }).rating).toBeNull();
    expect(productCard({ ...fields, ratingAverage: 5, reviewCount: 0 }).rating).toBeNull();
  });

  it("reads raw SQL values as the drivers hand them over: padded char(3), numbers as text, null stock", () => {
    const raw = {
      ...fields,
      id: "7",
      priceAmount: "19900",
      compareAtAmount: null,
      currency: "USD ",
      inStock: null,
      image: undefined,
    };
    expect(productCard(raw as unknown as typeof fields)).toMatchObject({
      id: 7,
      price: { amount: 19900, currency: "USD" },
      compareAt: null,
      inStock: false,
      image: null,
    });
  });
});
