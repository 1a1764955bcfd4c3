import { describe, expect, it } from "vitest";
import { cleanQuery, foldText, indexText, MAX_QUERY_LENGTH, queryTerms, vocabularyWords } from "./normalize";

describe("cleanQuery", () => {
  it("trims, collapses whitespace and removes control characters", () => {
    expect(cleanQuery("  leather \n\t jacket\u0000 ")).toBe("leather jacket");
  });

  it("cuts long input to a sane length without splitting emoji", () => {
    expect(cleanQuery("a".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = cleanQuery("😀".repeat(200));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it("returns an empty string for non-strings", () => {
    expect(cleanQuery(undefined)).toBe("");
    expect(cleanQuery(["a", "b"])).toBe("");
  });
});

describe("foldText", () => {
  it("joins hyphenated words, drops accents and apostrophes", () => {
    expect(foldText("Classic Crew T-Shirt")).toBe("classic crew tshirt");
    expect(foldText("Kids' Over-Ear Café")).toBe("kids' overear cafe");
    expect(foldText("20,000 mAh")).toBe("20000 mah");
  });
});

describe("queryTerms", () => {
  it("keeps only letters and digits, so no query syntax survives", () => {
    expect(queryTerms(`'; DROP TABLE products; -- %_\\ "quoted" & | ! :*`)).toEqual([
      "drop",
      "table",
      "products",
      "quoted",
    ]);
  });

  it("dedupes, caps the number of words and their length", () => {
    expect(queryTerms("shoe shoe SHOE")).toEqual(["shoe"]);
    expect(queryTerms("a b c d e f g h i j k")).toHaveLength(8);
    expect(queryTerms("x".repeat(90))[0]).toHaveLength(32);
  });

  it("finds no words in emoji-only input", () => {
    expect(queryTerms("🧥🔥")).toEqual([]);
  });
});

describe("indexText and vocabularyWords", () => {
  it("index compounds both joined and split", () => {
    expect(indexText("Organic V-Neck T-Shirt")).toBe("organic vneck tshirt v neck t shirt");
    expect(vocabularyWords("Organic V-Neck T-Shirt")).toEqual(["organic", "vneck", "tshirt", "neck", "shirt"]);
  });
});
