import { describe, expect, it } from "vitest";
import { createMemoryEntryStore, createTieredEntryStore } from "./entry-store";

describe("memory entry store", () => {
  it("keeps entries within its byte budget, dropping the least recently used first", async () => {
    const store = createMemoryEntryStore<string>({ maxBytes: 10, sizeOf: (entry) => entry.length });
    await store.set("a", "aaaa", 60);
    await store.set("b", "bbbb", 60);
    await store.get("a"); // a is now the most recently used
    await store.set("c", "cccc", 60);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBe("aaaa");
    expect(await store.get("c")).toBe("cccc");
    await store.set("huge", "x".repeat(11), 60);
    expect(await store.get("huge")).toBeUndefined();
  });

  it("forgets an entry once its time to live is over", async () => {
    let now = 0;
    const store = createMemoryEntryStore<string>({ maxBytes: 100, sizeOf: () => 1, now: () => now });
    await store.set("a", "A", 10);
    now = 9_999;
    expect(await store.get("a")).toBe("A");
    now = 10_000;
    expect(await store.get("a")).toBeUndefined();
  });
});

describe("tiered entry store", () => {
  it("reads the shared store once, then from memory; writes go to both", async () => {
    const shared = createMemoryEntryStore<string>({ maxBytes: 100, sizeOf: () => 1 });
    let sharedReads = 0;
    const counted = { ...shared, get: async (key: string) => (sharedReads++, shared.get(key)) };
    const local = createMemoryEntryStore<string>({ maxBytes: 100, sizeOf: () => 1 });
    const tiered = createTieredEntryStore(local, counted);
    await shared.set("page", "from another instance", 60);
    expect(await tiered.get("page")).toBe("from another instance");
    expect(await tiered.get("page")).toBe("from another instance");
    expect(sharedReads).toBe(1);
    await tiered.set("mine", "rendered here", 60);
    expect(await shared.get("mine")).toBe("rendered here");
  });
});
