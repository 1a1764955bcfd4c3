import { describe, expect, it } from "vitest";
import type { SearchReader } from "./fallback";
import { createResultCache, withResultCache } from "./result-cache";
import type { SearchResult } from "./types";

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

  it("does not keep a result whose search was running when the index changed", async () => {
    const cache = createResultCache<SearchResult>({ maxEntries: 10, ttlMs: 60_000 });
    let answer = "before";
    let release: () => void = () => {};
    const reader: SearchReader = {
      search: async () => {
        const seen = answer;
        if (seen === "before") await new Promise<void>((resolve) => (release = resolve));
        return { engine: "postgres", total: seen === "before" ? 0 : 1 } as unknown as SearchResult;
      },
    };
    const cached = withResultCache(reader, cache, "postgres");
    const slow = cached.search({ q: "tent" } as never);
    // The index is updated (a product published) while that search is under way.
    answer = "after";
    cache.clear();
    release();
    expect((await slow).total).toBe(0);
    expect((await cached.search({ q: "tent" } as never)).total).toBe(1);
  });
});
