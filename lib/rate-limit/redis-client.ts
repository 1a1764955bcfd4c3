import { connectGuardedRedis, type GuardedRedis } from "@/lib/redis";

const globalForRedis = globalThis as unknown as { __rateLimitRedis?: Map<string, GuardedRedis> };

/**
 * One guarded node-redis connection per URL and process (cached on globalThis so dev hot
 * reloads do not leak connections), with connect and command timeouts and a breaker
 * (lib/redis/guarded-client.ts). Nothing waits for it to connect: a call does, at most for
 * the connect timeout, and the limiters count in the database while it cannot answer.
 */
export function rateLimitRedis(url: string): GuardedRedis {
  const clients = (globalForRedis.__rateLimitRedis ??= new Map());
  let redis = clients.get(url);
  if (!redis) {
    redis = connectGuardedRedis(url, { name: "rate-limit", whileDown: "limits are counted in the database" });
    clients.set(url, redis);
  }
  return redis;
}

export async function closeRedisClients(): Promise<void> {
  const clients = globalForRedis.__rateLimitRedis;
  if (!clients) return;
  globalForRedis.__rateLimitRedis = undefined;
  await Promise.all([...clients.values()].map((redis) => redis.close().catch(() => {})));
}
