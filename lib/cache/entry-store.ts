// Where cached entries live: process memory (an LRU bounded in bytes), Redis, or memory in
// front of Redis. A store never decides whether an entry is still valid (the handlers ask
// the tag store); a store that cannot answer answers "not found".

export interface EntryStore<E> {
  get(key: string): Promise<E | undefined>;
  set(key: string, entry: E, ttlSeconds: number): Promise<void>;
}

type Slot<E> = { entry: E; size: number; expiresAt: number };

/** A least-recently-used map bounded by `maxBytes` of `sizeOf(entry)`; entries also expire. */
export function createMemoryEntryStore<E>({
  maxBytes,
  sizeOf,
  now = Date.now,
}: {
  maxBytes: number;
  sizeOf: (entry: E) => number;
  now?: () => number;
}): EntryStore<E> {
  const slots = new Map<string, Slot<E>>();
  let bytes = 0;
  const drop = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    bytes -= slot.size;
    slots.delete(key);
  };
  return {
    async get(key) {
      const slot = slots.get(key);
      if (!slot) return undefined;
      if (slot.expiresAt <= now()) {
        drop(key);
        return undefined;
      }
      // Map keeps insertion order: re-inserting makes this the most recently used.
      slots.delete(key);
      slots.set(key, slot);
      return slot.entry;
    },
    async set(key, entry, ttlSeconds) {
      drop(key);
      const size = sizeOf(entry);
      if (size > maxBytes) return;
      slots.set(key, { entry, size, expiresAt: now() + ttlSeconds * 1000 });
      bytes += size;
      for (const oldest of slots.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    },
  };
}

/** Memory in front of a shared store: reads fill memory, writes go to both. */
export function createTieredEntryStore<E>(local: EntryStore<E>, shared: EntryStore<E>): EntryStore<E> {
  return {
    async get(key) {
      const near = await local.get(key);
      if (near !== undefined) return near;
      const far = await shared.get(key);
      // Kept briefly: a local copy is still checked against the shared tags on every read.
      if (far !== undefined) await local.set(key, far, LOCAL_TTL_SECONDS);
      return far;
    },
    async set(key, entry, ttlSeconds) {
      await Promise.all([
        local.set(key, entry, Math.min(ttlSeconds, LOCAL_TTL_SECONDS)),
        shared.set(key, entry, ttlSeconds),
      ]);
    },
  };
}

const LOCAL_TTL_SECONDS = 60 * 60;
