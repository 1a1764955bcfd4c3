import { connectGuardedRedis, type RedisClient } from "@/lib/redis";

export type { RedisClient } from "@/lib/redis";

/**
 * The cache's Redis connection. The cache is an optimisation: when Redis is down, slow or
 * refusing, a call answers `undefined` at once (no queueing, short timeouts, and a breaker
 * that stops trying for `coolDownMs` after a failure), and the store renders from the
 * database instead. The first call that succeeds after a failure runs `onRecovered` first,
 * which lets the tag store make up for expiries it could not record meanwhile.
 */
export type CacheRedis = {
  call<T>(command: (client: RedisClient) => Promise<T>): Promise<T | undefined>;
  close(): Promise<void>;
};

export type CacheRedisOptions = {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  coolDownMs?: number;
  onRecovered?: (client: RedisClient) => Promise<void>;
  log?: (line: string) => void;
};

export function connectCacheRedis(url: string, options: CacheRedisOptions = {}): CacheRedis {
  const redis = connectGuardedRedis(url, {
    name: "cache",
    whileDown: "pages render from the database",
    connectTimeoutMs: 1_000,
    commandTimeoutMs: 500,
    ...options,
  });
  return {
    // Every failure (the guarded client logs it) means "not cached".
    call: (command) => redis.call(command).catch(() => undefined),
    close: () => redis.close(),
  };
}
