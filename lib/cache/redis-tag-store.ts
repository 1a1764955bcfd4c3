import type { CacheRedis, RedisClient } from "./redis";
import type { TagStore } from "./tag-store";
import { log } from "@/lib/log";

// Tag expiries in Redis, shared by every instance: key `<prefix>tag:<tag>` holds the time
// it last expired. `<prefix>epoch` expires everything at once: it is set when Redis answers
// again after a failure, because expiries that could not be written meanwhile are lost and
// any entry made before then may be out of date. Instances compare these times with their
// own clocks, so their clocks must agree (NTP).

/** Expiry keys outlive every entry they judge: the longest an entry is kept is a day. */
const TAG_TTL_SECONDS = 2 * 24 * 60 * 60;

export function epochKey(prefix: string): string {
  return `${prefix}epoch`;
}

/** What `onRecovered` of the cache's Redis connection runs: invalidates everything cached. */
export async function bumpEpoch(client: RedisClient, prefix: string): Promise<void> {
  await client.set(epochKey(prefix), String(Date.now()), { expiration: { type: "EX", value: TAG_TTL_SECONDS } });
}

export function createRedisTagStore(redis: CacheRedis, prefix: string): TagStore {
  const tagKey = (tag: string) => `${prefix}tag:${tag}`;
  return {
    kind: "redis",
    async expire(tags) {
      if (tags.length === 0) return;
      const at = String(Date.now());
      const done = await redis.call((client) => {
        const multi = client.multi();
        for (const tag of tags) multi.set(tagKey(tag), at, { expiration: { type: "EX", value: TAG_TTL_SECONDS } });
        return multi.exec();
      });
      // Not recorded: the epoch bump on recovery stands in for it (see above).
      if (done === undefined)
        log.error({ module: "cache", tags }, "could not record the expiry of these tags; Redis is unavailable");
    },
    async lastExpired(tags) {
      const values = await redis.call((client) => client.mGet([epochKey(prefix), ...tags.map(tagKey)]));
      if (values === undefined) return null;
      return values.reduce<number>((latest, value) => Math.max(latest, value === null ? 0 : Number(value)), 0);
    },
  };
}
