import { describe, expect, it } from "vitest";
import { createResultCache } from "./result-cache";

describe("result cache", () => {
  it("returns what was stored until it expires", () => {
    let time = 0;
    const cache = createResultCache<string>({ maxEntries: 10, ttlMs: 1000, now: () => time });
    cache.set("a", "A");
    expect(cache.get("a")).toBe("A");
    time = 999;
    expect(cache.get("a")).toBe("A");
    time = 1000;
    expect(cache.get("a")).toBeUndefined();
  });

  it("evicts the least recently used entry and can be cleared", () => {
    const cache = createResultCache<number>({ maxEntries: 2, ttlMs: 1000 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    cache.clear();
    expect(cache.get("a")).toBeUndefined();
  });
});
