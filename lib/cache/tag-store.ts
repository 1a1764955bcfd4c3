// When each cache tag last expired. Every cached entry (a "use cache" result or a whole
// page) is valid only while none of its tags expired after the entry was made, so expiring
// a tag here is the one way to invalidate: from a request or from background work outside
// any request (an outbox handler), on this instance or, with the Redis store, on all of them.

export interface TagStore {
  readonly kind: "memory" | "redis";
  /** Marks the tags expired now: entries made before this moment are out of date. */
  expire(tags: readonly string[]): Promise<void>;
  /**
   * The latest expiry among `tags` in ms since the epoch (0 when none ever expired), or
   * null when the store cannot tell right now: then nothing cached may be trusted.
   */
  lastExpired(tags: readonly string[]): Promise<number | null>;
}

/** One process's tags: the embedded default, where one server is the whole store. */
export function createMemoryTagStore(now: () => number = Date.now): TagStore {
  const expiredAt = new Map<string, number>();
  return {
    kind: "memory",
    async expire(tags) {
      const at = now();
      for (const tag of tags) expiredAt.set(tag, at);
    },
    async lastExpired(tags) {
      let latest = 0;
      for (const tag of tags) latest = Math.max(latest, expiredAt.get(tag) ?? 0);
      return latest;
    },
  };
}
