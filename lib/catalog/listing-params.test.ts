import { describe, expect, it } from "vitest";
import {
  MAX_PAGE,
  defaultListingParams,
  hasActiveFilters,
  listingQueryString,
  parseListingParams,
} from "./listing-params";

const parse = (query: string) => parseListingParams(new URLSearchParams(query), "USD");

describe("parseListingParams", () => {
  it("returns the defaults for an empty query", () => {
    expect(parse("")).toEqual(defaultListingParams);
    expect(parseListingParams({}, "USD")).toEqual(defaultListingParams);
  });

  it("parses every supported parameter", () => {
    expect(parse("page=3&sort=price-desc&min=10&max=99.5&instock=1")).toEqual({
      page: 3,
      sort: "price-desc",
      minPrice: 1000,
      maxPrice: 9950,
      inStock: true,
    });
  });

  it("falls back to defaults for malformed values instead of throwing", () => {
    for (const query of [
      "page=-1",
      "page=abc",
      "page=0",
      "page=1.5",
      "page=",
      `page=${MAX_PAGE + 1}`,
      "page=99999999999",
    ]) {
      expect(parse(query).page, query).toBe(1);
    }
    for (const query of ["sort=drop", "sort=", "sort=PRICE-ASC", "sort=price-asc;drop table"]) {
      expect(parse(query).sort, query).toBe("newest");
    }
    for (const query of ["min=abc", "min=-5", "min=1.234", "min=1e3", "min=", "min=%00"]) {
      expect(parse(query).minPrice, query).toBeNull();
    }
    expect(parse("instock=yes").inStock).toBe(false);
  });

  it("accepts the checkbox's default value and record input with repeated keys", () => {
    expect(parse("instock=on").inStock).toBe(true);
    expect(parseListingParams({ page: ["2", "5"], sort: ["name"], min: undefined }, "USD")).toMatchObject({
      page: 2,
      sort: "name",
      minPrice: null,
    });
  });

  it("swaps a reversed price range", () => {
    expect(parse("min=50&max=10")).toMatchObject({ minPrice: 1000, maxPrice: 5000 });
  });

  it("uses the currency's minor unit", () => {
    expect(parseListingParams(new URLSearchParams("min=1500"), "JPY").minPrice).toBe(1500);
    expect(parseListingParams(new URLSearchParams("min=1.5"), "JPY").minPrice).toBeNull();
  });
});

describe("listingQueryString", () => {
  it("omits defaults", () => {
    expect(listingQueryString(defaultListingParams, "USD")).toBe("");
    expect(listingQueryString({ page: 1, sort: "newest" }, "USD")).toBe("");
  });

  it("writes prices back as major-unit decimals", () => {
    expect(listingQueryString({ sort: "name", minPrice: 1000, maxPrice: 9950, inStock: true, page: 2 }, "USD")).toBe(
      "?sort=name&min=10&max=99.50&instock=1&page=2",
    );
  });

  it("round-trips through the parser", () => {
    const params = { page: 4, sort: "price-asc" as const, minPrice: 1, maxPrice: 250000, inStock: true };
    const query = listingQueryString(params, "USD");
    expect(parse(query.slice(1))).toEqual(params);
  });
});

describe("hasActiveFilters", () => {
  it("ignores sort and page", () => {
    expect(hasActiveFilters({ ...defaultListingParams, sort: "name", page: 3 })).toBe(false);
    expect(hasActiveFilters({ ...defaultListingParams, inStock: true })).toBe(true);
    expect(hasActiveFilters({ ...defaultListingParams, maxPrice: 0 })).toBe(true);
  });
});
