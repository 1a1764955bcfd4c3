import type { SearchReader } from "./fallback";
import type { SearchResult } from "./types";

// A small per-process cache of search results. Shoppers repeat each other (the browse page,
// popular words, every keystroke of the same prefix), and a repeat costs a Map lookup instead
// of a scan and facet count. Entries live `ttlMs` at most, so another instance's index
// update shows here within that time; this process drops everything when it updates the
// index itself (lib/search/reindex.ts), so its own next search is never stale.

export type ResultCache<T> = {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  clear(): void;
  /** Counts clear()s: a result computed across one (an index update) must not be stored. */
  generation(): number;
};

export function createResultCache<T>(options: { maxEntries: number; ttlMs: number; now?: () => number }): ResultCache<T> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least
  // recently used one.
  const entries = new Map<string, { value: T; expires: number }>();
  let cleared = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expires <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + options.ttlMs });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    },
    clear() {
      entries.clear();
      cleared++;
    },
    generation: () => cleared,
  };
}

/** How stale a cached result may be when another instance changed the index. */
export const RESULT_CACHE_TTL_MS = 30_000;

/** The cache the app searches through (lib/search/engines.ts), also used by the bench. */
export function createSearchResultCache(): ResultCache<SearchResult> {
  return createResultCache<SearchResult>({ maxEntries: 1000, ttlMs: RESULT_CACHE_TTL_MS });
}

/**
 * `reader` with its results cached by request. Only answers from `trusted` are kept: a
 * fallback's answer would otherwise outlive the outage it covered.
 */
export function withResultCache(reader: SearchReader, cache: ResultCache<SearchResult>, trusted: SearchResult["engine"]): SearchReader {
  return {
    async search(request) {
      const key = JSON.stringify(request);
      const hit = cache.get(key);
      if (hit) return hit;
      const generation = cache.generation();
      const result = await reader.search(request);
      // An index update during the search may have made this result stale already.
      if (result.engine === trusted && cache.generation() === generation) cache.set(key, result);
      return result;
    },
  };
}
