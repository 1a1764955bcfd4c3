import { connectGuardedRedis } from "@/lib/redis";
import type { RedisScriptClient } from "./redis-store";

export type RedisTcpConnection = RedisScriptClient & { close(): Promise<void> };

export type RedisTcpOptions = { connectTimeoutMs?: number; commandTimeoutMs?: number; coolDownMs?: number };

/**
 * A node-redis connection for Node hosts (REDIS_URL), with connect and command timeouts and
 * a breaker (lib/redis/guarded-client.ts): while Redis is down or not answering, a cart call
 * fails within about a second (then at once, until the cool-down ends) and the store says the
 * cart is unavailable; once Redis answers again the next call reconnects.
 */
export function connectRedisTcp(url: string, options: RedisTcpOptions = {}): RedisTcpConnection {
  const redis = connectGuardedRedis(url, { name: "cart", whileDown: "carts are unavailable", ...options });
  const send = (args: string[]) => redis.call((client) => client.sendCommand(args));
  return {
    evalsha: (sha, keys, args) => send(["EVALSHA", sha, String(keys.length), ...keys, ...args]),
    eval: (script, keys, args) => send(["EVAL", script, String(keys.length), ...keys, ...args]),
    close: () => redis.close(),
  };
}
