import { describe, expect, it } from "vitest";
import { highlightTerms, segmentsFromMarked } from "./highlight";

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

describe("highlightTerms", () => {
  it("marks whole words, prefixes and plurals, case-insensitively", () => {
    expect(marked(highlightTerms("Leather Jacket", ["leather", "jackets"]))).toBe("[Leather] [Jacket]");
    expect(marked(highlightTerms("Ridge Trail Running Shoes", ["run", "shoe"]))).toBe("Ridge Trail [Running] [Shoes]");
    expect(marked(highlightTerms("Heavyweight Pocket T-Shirt", ["tshirt"]))).toBe("Heavyweight Pocket [T-Shirt]");
    expect(marked(highlightTerms("Classic Crew T-Shirt", ["shirt"]))).toBe("Classic Crew [T-Shirt]");
  });

  it("leaves text alone when nothing matches or there are no terms", () => {
    expect(highlightTerms("Canvas Tote Bag", ["lamp"])).toEqual([{ text: "Canvas Tote Bag", match: false }]);
    expect(highlightTerms("Canvas Tote Bag", [])).toEqual([{ text: "Canvas Tote Bag", match: false }]);
    expect(marked(highlightTerms("A Bag", ["a"]))).toBe("[A] Bag");
  });
});

describe("segmentsFromMarked", () => {
  it("splits on the marker tags and tolerates unbalanced ones", () => {
    expect(segmentsFromMarked("\u0001Leather\u0002 Jacket", "\u0001", "\u0002")).toEqual([
      { text: "Leather", match: true },
      { text: " Jacket", match: false },
    ]);
    expect(segmentsFromMarked("Lea\u0001ther", "\u0001", "\u0002")).toEqual([{ text: "Leather", match: false }]);
  });
});
