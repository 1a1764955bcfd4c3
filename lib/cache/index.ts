import { revalidateTag } from "next/cache";
import { waitForReplicas } from "@/db";
import { log } from "@/lib/log";
import { createMemoryEntryStore, createTieredEntryStore } from "./entry-store";
import {
  createPageCacheHandler,
  type PageCacheHandler,
  pageCodec,
  pageSize,
  type StoredPage,
} from "./page-cache-handler";
import { connectCacheRedis } from "./redis";
import { createRedisEntryStore } from "./redis-entry-store";
import { bumpEpoch, createRedisTagStore } from "./redis-tag-store";
import { createMemoryTagStore, type TagStore } from "./tag-store";
import {
  createUseCacheHandler,
  type StoredUseCacheEntry,
  useCacheEntryCodec,
  useCacheEntrySize,
} from "./use-cache-handler";

// The page and data cache (docs/architecture.md, "Cached pages"). Next loads its two cache
// handlers from lib/cache/next/*.mjs, plain modules outside the app's bundle; they reach the
// handlers built here through one object on globalThis, which the server installs at start
// (lib/server-start.ts). Without REDIS_URL everything stays in this process; with it, the
// entries and the tag expiries live in Redis and every instance sees the same cache.

export type CacheRuntime = {
  kind: "memory" | "redis";
  useCache: ReturnType<typeof createUseCacheHandler>;
  pages: PageCacheHandler;
  tags: TagStore;
  /** Whether the shared store answers: null when there is none (the cache is in process). */
  redisAnswers(): Promise<boolean | null>;
  close(): Promise<void>;
};

const RUNTIME = Symbol.for("storefront.cache");
const holder = globalThis as unknown as { [RUNTIME]?: CacheRuntime };

const MB = 1024 * 1024;
const KEY_PREFIX = "sf:cache:";

export function createCacheRuntime({
  redisUrl,
  prefix = KEY_PREFIX,
}: { redisUrl?: string; prefix?: string } = {}): CacheRuntime {
  const localUseCache = () =>
    createMemoryEntryStore<StoredUseCacheEntry>({ maxBytes: 64 * MB, sizeOf: useCacheEntrySize });
  const localPages = () => createMemoryEntryStore<StoredPage>({ maxBytes: 128 * MB, sizeOf: pageSize });
  if (!redisUrl) {
    const tags = createMemoryTagStore();
    return {
      kind: "memory",
      useCache: createUseCacheHandler(localUseCache(), tags),
      pages: createPageCacheHandler(localPages(), tags),
      tags,
      redisAnswers: async () => null,
      close: async () => {},
    };
  }
  const redis = connectCacheRedis(redisUrl, { onRecovered: (client) => bumpEpoch(client, prefix) });
  const tags = createRedisTagStore(redis, prefix);
  // Pages are read on every request: a copy in memory saves moving them out of Redis each
  // time, and is still checked against the shared tag expiries before it is served.
  const pages = createTieredEntryStore(localPages(), createRedisEntryStore(redis, `${prefix}page:`, pageCodec));
  return {
    kind: "redis",
    useCache: createUseCacheHandler(createRedisEntryStore(redis, `${prefix}data:`, useCacheEntryCodec), tags),
    pages: createPageCacheHandler(pages, tags),
    tags,
    redisAnswers: async () => (await redis.call((client) => client.ping())) === "PONG",
    close: () => redis.close(),
  };
}

/** Installs the cache the server runs with; called once at start. */
export function installCache(runtime: CacheRuntime): void {
  holder[RUNTIME] = runtime;
}

/** The installed cache; an in-process one where the server never installed one (scripts, tests). */
export function cacheRuntime(): CacheRuntime {
  return (holder[RUNTIME] ??= createCacheRuntime());
}

/**
 * Expires `tags` everywhere at once: cached reads and whole pages that carry one render
 * again on their next request. Works in a request (an action, a webhook) and outside any
 * (an outbox handler on a timer). Call after the write has committed.
 */
export async function expireTags(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  // A render after this expiry may read a replica (catalogDb): it must have replayed the
  // write first, or that render would cache its older rows as current.
  const caughtUp = await waitForReplicas().catch((err: unknown) => {
    log.warn({ err, module: "cache" }, "could not ask the replicas how far they have replayed");
    return false;
  });
  if (!caughtUp) log.warn({ tags: unique, module: "cache" }, "replicas still behind after 2 s; tags expired anyway");
  await cacheRuntime().tags.expire(unique);
  // Where Next allows it (an action or a route handler) it is told too: an action's response
  // then drops the browser's router cache for them, and on Vercel, whose own cache serves
  // the pages, this is what expires them. Elsewhere (outside any request, or an index built
  // inside a cached read) Next refuses, and the expiry above is the whole of the work.
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // See above: nothing more to do here.
    }
  }
}
