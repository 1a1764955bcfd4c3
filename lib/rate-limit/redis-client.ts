import { createClient } from "redis";

export type RedisClient = ReturnType<typeof createClient>;

const globalForRedis = globalThis as unknown as { __rateLimitRedis?: Map<string, Promise<RedisClient>> };

/**
 * One connected node-redis client per URL and process (cached on globalThis so dev hot
 * reloads do not leak connections). Commands fail fast while Redis is down instead of
 * queueing; the limiters then fall back to their in-memory insurance limiter.
 */
export function redisClient(url: string): Promise<RedisClient> {
  const clients = (globalForRedis.__rateLimitRedis ??= new Map());
  let client = clients.get(url);
  if (!client) {
    const created = createClient({ url, disableOfflineQueue: true });
    // Without a listener node-redis rethrows connection errors and takes the process down.
    created.on("error", (error: unknown) => {
      console.error(`[rate-limit] Redis: ${error instanceof Error ? error.message : String(error)}`);
    });
    client = created.connect().then(() => created);
    clients.set(url, client);
    client.catch(() => clients.delete(url));
  }
  return client;
}

export async function closeRedisClients(): Promise<void> {
  const clients = globalForRedis.__rateLimitRedis;
  if (!clients) return;
  globalForRedis.__rateLimitRedis = undefined;
  await Promise.all([...clients.values()].map(async (c) => (await c).close().catch(() => {})));
}
