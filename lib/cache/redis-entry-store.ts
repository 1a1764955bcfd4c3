import type { EntryStore } from "./entry-store";
import type { CacheRedis } from "./redis";

/** How an entry becomes a Redis string and back (entries hold Buffers and Maps). */
export type EntryCodec<E> = { encode(entry: E): string; decode(stored: string): E };

/** Entries under `<prefix><key>`, each with a TTL, so Redis evicts what nobody reads. */
export function createRedisEntryStore<E>(redis: CacheRedis, prefix: string, codec: EntryCodec<E>): EntryStore<E> {
  return {
    async get(key) {
      const stored = await redis.call((client) => client.get(prefix + key));
      if (stored === undefined || stored === null) return undefined;
      try {
        return codec.decode(stored);
      } catch {
        return undefined; // written by an older build's format: a miss, overwritten on render
      }
    },
    async set(key, entry, ttlSeconds) {
      await redis.call((client) =>
        client.set(prefix + key, codec.encode(entry), {
          expiration: { type: "EX", value: Math.max(1, Math.ceil(ttlSeconds)) },
        }),
      );
    },
  };
}
