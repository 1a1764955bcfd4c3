import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("lowercases and hyphenates", () => {
    expect(slugify("Trail Running Shoes")).toBe("trail-running-shoes");
    expect(slugify("  Hello,   World!  ")).toBe("hello-world");
    expect(slugify("2-Person Tent (Ultralight)")).toBe("2-person-tent-ultralight");
  });

  it("strips accents and transliterates common letters", () => {
    expect(slugify("Crème Brûlée")).toBe("creme-brulee");
    expect(slugify("Straße Ærø")).toBe("strasse-aero");
    expect(slugify("Pots & Pans")).toBe("pots-and-pans");
  });

  it("drops what is not ASCII letters or digits", () => {
    expect(slugify("日本")).toBe("");
    expect(slugify("---")).toBe("");
    expect(slugify("a--b__c")).toBe("a-b-c");
  });

  it("respects the maximum length without a trailing hyphen", () => {
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long.endsWith("-")).toBe(false);
    expect(slugify("abc def", 4)).toBe("abc");
  });

  it("produces valid slugs", () => {
    for (const text of ["Crème Brûlée", "Tents & Shelters", "  x  ", "A/B testing 101"]) {
      expect(isValidSlug(slugify(text)), text).toBe(true);
    }
  });
});

describe("isValidSlug", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(isValidSlug("tents")).toBe(true);
    expect(isValidSlug("2-person-tent")).toBe(true);
  });

  it("rejects everything else", () => {
    for (const bad of ["", "Tents", "tents-", "-tents", "a--b", "a b", "ä", "a/b", "x".repeat(SLUG_MAX_LENGTH + 1)]) {
      expect(isValidSlug(bad), bad).toBe(false);
    }
  });
});
