import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll } from "vitest";
import { type CacheRuntime, createCacheRuntime } from "@/lib/cache";

/**
 * The page caches a suite runs on, for describe.each: in memory always, and on Redis when
 * REDIS_URL is set, under a key prefix private to this run that is deleted afterwards.
 * `make()` gives a new runtime each call: two made from one Redis entry are two instances of
 * the store sharing their cache. Call it at the top of a test file (it registers an afterAll).
 */
export function cacheRuntimesUnderTest(suite: string): [name: string, make: () => CacheRuntime, enabled: boolean][] {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) console.log(`[${suite}] Redis cache skipped: REDIS_URL is not set`);
  const prefix = `test:${randomBytes(6).toString("hex")}:cache:`;
  const made: CacheRuntime[] = [];
  const make = (url?: string) => () => {
    const runtime = createCacheRuntime({ redisUrl: url, prefix });
    made.push(runtime);
    return runtime;
  };
  afterAll(async () => {
    await Promise.all(made.map((r) => r.close()));
    if (!redisUrl) return;
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      if (keys.length > 0) await admin.del(keys);
    await admin.close();
  });
  return [
    ["memory", make(), true],
    ["redis", make(redisUrl), !!redisUrl],
  ];
}

export { startOwnRedis } from "./own-redis";
