import type { CacheEntry, CacheHandler } from "next/cache";
import { metrics } from "@/lib/metrics";
import type { EntryCodec } from "./redis-entry-store";
import type { EntryStore } from "./entry-store";
import type { TagStore } from "./tag-store";

// The handler behind "use cache" (next.config `cacheHandlers.default`): the catalog reads'
// results and the cached components built from them. Entries are kept until their `expire`
// (capped at a day); one is served only while none of its tags, nor the route's soft tags,
// expired at or after the moment it started to be computed.

export type StoredUseCacheEntry = Omit<CacheEntry, "value"> & { value: Uint8Array };

const MAX_TTL_SECONDS = 24 * 60 * 60;

export function createUseCacheHandler(entries: EntryStore<StoredUseCacheEntry>, tags: TagStore): CacheHandler {
  // A read of a key that is being written waits for the write (the handler contract).
  const pending = new Map<string, Promise<void>>();

  return {
    async get(cacheKey, softTags) {
      await pending.get(cacheKey);
      const entry = await entries.get(cacheKey);
      const expired = entry && (await tags.lastExpired([...entry.tags, ...softTags]));
      const hit = entry && expired !== null && expired !== undefined && expired < entry.timestamp;
      metrics().cacheLookups.inc({ cache: "data", result: hit ? "hit" : "miss" });
      return hit ? { ...entry, value: streamOf(entry.value) } : undefined;
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pending.set(cacheKey, new Promise<void>((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
        // expire 0 marks a result Next recomputes on every read: storing it is wasted work.
        if (entry.expire === 0) return;
        await entries.set(cacheKey, { ...entry, value }, Math.min(entry.expire, MAX_TTL_SECONDS));
      } catch {
        // A render that failed midway leaves nothing worth keeping.
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    async refreshTags() {
      // Nothing to sync: every read asks the tag store.
    },

    async getExpiration(softTags) {
      return (await tags.lastExpired(softTags)) ?? Date.now();
    },

    async updateTags(expiredTags) {
      // revalidateTag(tag, profile) asks for stale-while-revalidate; this store expires at
      // once either way, which only ever makes a shopper's page fresher.
      await tags.expire(expiredTags);
    },
  };
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

// JSON has no Infinity (an `expire` of "never"): those three numbers travel as strings.
const durations = ["stale", "expire", "revalidate"] as const;

export const useCacheEntryCodec: EntryCodec<StoredUseCacheEntry> = {
  encode(entry) {
    const { value, ...meta } = entry;
    const times = Object.fromEntries(durations.map((k) => [k, String(entry[k])]));
    return JSON.stringify({ ...meta, ...times, value: Buffer.from(value).toString("base64") });
  },
  decode(stored) {
    const parsed = JSON.parse(stored) as Omit<StoredUseCacheEntry, "value" | (typeof durations)[number]> &
      Record<(typeof durations)[number] | "value", string>;
    const times = Object.fromEntries(durations.map((k) => [k, Number(parsed[k])])) as Pick<
      StoredUseCacheEntry,
      (typeof durations)[number]
    >;
    return { ...parsed, ...times, value: new Uint8Array(Buffer.from(parsed.value, "base64")) };
  },
};

export const useCacheEntrySize = (entry: StoredUseCacheEntry) => entry.value.byteLength + 200;
