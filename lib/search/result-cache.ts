// A small per-process LRU whose entries expire: the spelling vocabulary's word lookups
// (lib/search/postgres/terms.ts). Only for answers that may trail an index change by
// `ttlMs`; search results and suggestions are cached for every instance instead, by tag
// (lib/search/service.ts).

export type ResultCache<T> = {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  clear(): void;
};

export function createResultCache<T>(options: {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}): ResultCache<T> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least
  // recently used one.
  const entries = new Map<string, { value: T; expires: number }>();
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
    },
  };
}

/** How long a word lookup may trail an index change. */
export const RESULT_CACHE_TTL_MS = 30_000;
