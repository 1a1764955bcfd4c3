import { describe, expect, it } from "vitest";
import { htmlForPreview } from "./preview";

describe("htmlForPreview", () => {
  it("makes links open outside the sandboxed frame", () => {
    expect(htmlForPreview('<html><head><title>x</title></head><body><a href="/r">r</a></body></html>')).toBe(
      '<html><head><base target="_blank"><title>x</title></head><body><a href="/r">r</a></body></html>',
    );
    expect(htmlForPreview("<p>no head</p>")).toBe('<base target="_blank"><p>no head</p>');
  });
});
