import { describe, expect, it } from "vitest";
import { summarize } from "./summary";

describe("summarize", () => {
  it("collapses whitespace and keeps short text whole", () => {
    expect(summarize("  A tent.\n\nSleeps two.  ")).toBe("A tent. Sleeps two.");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const text = "Lightweight waterproof tent, for two people, with a vestibule and easy pitch";
    const summary = summarize(text, 40);
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(summary).toBe("Lightweight waterproof tent, for two…");
  });
});
