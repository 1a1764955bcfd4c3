import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll } from "vitest";
import { db } from "@/db";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { createRedisCartStore } from "@/lib/cart/store/redis-store";
import { connectRedisTcp } from "@/lib/cart/store/redis-tcp";
import type { CartStore } from "@/lib/cart/store/types";

/**
 * The cart stores a suite runs on, for describe.each: Postgres always, and Redis when
 * REDIS_URL is set, under a key prefix private to this run that is deleted afterwards.
 * Call it at the top of a test file (it registers an afterAll).
 */
export function cartStoresUnderTest(suite: string): [name: string, makeStore: () => CartStore, enabled: boolean][] {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) console.log(`[${suite}] Redis store skipped: REDIS_URL is not set`);
  const redis = redisUrl ? connectRedisTcp(redisUrl) : undefined;
  const prefix = `test:${randomBytes(6).toString("hex")}:`;
  afterAll(async () => {
    if (!redis) return;
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      if (keys.length > 0) await admin.del(keys);
    await admin.close();
    await redis.close();
  });
  return [
    ["postgres", () => createPostgresCartStore(db), true],
    ["redis", () => createRedisCartStore({ kind: "redis", client: redis!, prefix }), !!redisUrl],
  ];
}
