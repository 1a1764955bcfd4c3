import { expect } from "vitest";
import { cacheRuntime } from "@/lib/cache";

/**
 * Which cache tags a write expired (lib/cache, the store the tests run with: this process's
 * own). `reset()` before the write; `expectExpired(tags)` after it: exactly these among
 * `candidates` (every tag the write could have touched) expired since.
 */
export function tagProbe() {
  let since = Date.now();
  const expired = async (tags: string[]) => {
    const hits: string[] = [];
    for (const tag of tags) if (((await cacheRuntime().tags.lastExpired([tag])) ?? 0) >= since) hits.push(tag);
    return hits;
  };
  return {
    reset: () => void (since = Date.now()),
    expired,
    async expectExpired(tags: string[], { notAmong = [] }: { notAmong?: string[] } = {}) {
      expect(await expired([...tags, ...notAmong])).toEqual(tags);
    },
  };
}
