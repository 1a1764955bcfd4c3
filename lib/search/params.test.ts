import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "./normalize";
import { canonicalCategoryQuery, hasSearchFilters, parseSearchParams, searchHref, toggleFilter } from "./params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("gives an empty browse state for an empty URL", () => {
    const state = parse("");
    expect(state).toEqual({
      q: "",
      sort: "relevance",
      page: 1,
      filters: { categories: [], brands: [], priceBuckets: [], inStock: false, options: [], minRating: null },
    });
    expect(hasSearchFilters(state.filters)).toBe(false);
  });

  it("reads every parameter, repeated filters included", () => {
    const state = parse(
      "q=jacket&category=jackets&brand=Hartwell+%26+Co.&brand=Alder&price=25-50&instock=1&sort=price-desc&page=3",
    );
    expect(state).toEqual({
      q: "jacket",
      sort: "price-desc",
      page: 3,
      filters: {
        categories: ["jackets"],
        brands: ["Hartwell & Co.", "Alder"],
        priceBuckets: ["25-50"],
        inStock: true,
        options: [],
        minRating: null,
      },
    });
  });

  it("drops malformed values instead of throwing", () => {
    const state = parse("q=" + "x".repeat(10_000) + "&category=../etc&price=1-2&sort=drop&page=0&page=2&instock=yes");
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.filters.categories).toEqual([]);
    expect(state.filters.priceBuckets).toEqual([]);
    expect(state.sort).toBe("relevance");
    expect(state.page).toBe(1);
    expect(state.filters.inStock).toBe(false);
    expect(parse("page=101").page).toBe(1);
    expect(parseSearchParams({ q: ["a", "b"], brand: "X" })).toMatchObject({ q: "a", filters: { brands: ["X"] } });
  });
});

describe("searchHref", () => {
  const state = parse("q=blue shirt&brand=Alder&page=2");

  it("round-trips a state and omits defaults", () => {
    expect(searchHref(parse(""))).toBe("/search");
    const href = searchHref(state, { page: 2 });
    expect(href).toBe("/search?q=blue+shirt&brand=Alder&page=2");
    expect(parse(href.split("?")[1]!)).toEqual(state);
  });

  it("goes back to page 1 when anything but the page changes", () => {
    expect(searchHref(state, { sort: "newest" })).toBe("/search?q=blue+shirt&brand=Alder&sort=newest");
    expect(searchHref(toggleFilter(state, "brands", "Alder"))).toBe("/search?q=blue+shirt");
    expect(searchHref(toggleFilter(state, "priceBuckets", "0-25"))).toContain("price=0-25");
  });
});

describe("options, ratings and category pages", () => {
  it("reads option pairs lower-cased and the 4-stars filter, dropping anything else", () => {
    const state = parse("option=Size:M&option=size:m&option=Colour: Black&option=nocolon&option=:x&rating=4");
    expect(state.filters.options).toEqual(["size:m", "colour:black"]);
    expect(state.filters.minRating).toBe(4);
    expect(parse("rating=3").filters.minRating).toBeNull();
    expect(parse("sort=rating").sort).toBe("rating");
  });

  it("keeps a category page at its path, without words or other categories", () => {
    const state = parseSearchParams(new URLSearchParams("q=x&category=tents&option=size:m&page=2"), "apparel");
    expect(state).toMatchObject({
      q: "",
      within: "apparel",
      filters: { categories: ["apparel"], options: ["size:m"] },
    });
    expect(searchHref(state, { page: 2 })).toBe("/categories/apparel?option=size%3Am&page=2");
    expect(searchHref(toggleFilter(state, "options", "size:m"))).toBe("/categories/apparel");
    expect(hasSearchFilters(state.filters, "apparel")).toBe(true);
    expect(hasSearchFilters(parseSearchParams({}, "apparel").filters, "apparel")).toBe(false);
    expect(canonicalCategoryQuery("apparel", new URLSearchParams("utm=1&sort=relevance"))).toBe("");
    expect(canonicalCategoryQuery("apparel", new URLSearchParams("rating=4&sort=rating"))).toBe("rating=4&sort=rating");
  });
});
