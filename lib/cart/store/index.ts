import "server-only";
import { db } from "@/db";
import { env } from "@/lib/env";
import { createPostgresCartStore } from "./postgres-store";
import { createRedisCartStore } from "./redis-store";
import { connectRedisTcp, type RedisTcpConnection } from "./redis-tcp";
import { connectUpstash } from "./upstash";
import type { CartStore } from "./types";

export type { CartStore } from "./types";

/**
 * The one place the cart backend is chosen (docs/architecture.md, run modes): Redis over TCP when
 * REDIS_URL is set, Upstash REST when its URL and token are, else the Postgres tables.
 */
function createCartStoreFromEnv(): CartStore {
  if (env.REDIS_URL) {
    const client = (globalForCart.__storefrontCartRedis = connectRedisTcp(env.REDIS_URL));
    return createRedisCartStore({ kind: "redis", client });
  }
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    const client = connectUpstash(env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN);
    return createRedisCartStore({ kind: "upstash", client });
  }
  return createPostgresCartStore(db);
}

// Cached on globalThis so dev hot reloads reuse one Redis connection.
const globalForCart = globalThis as unknown as {
  __storefrontCartStore?: CartStore;
  __storefrontCartRedis?: RedisTcpConnection;
};

export function getCartStore(): CartStore {
  return (globalForCart.__storefrontCartStore ??= createCartStoreFromEnv());
}

/** At shutdown: closes the Redis connection, if carts opened one (Upstash and Postgres hold none of their own). */
export async function closeCartStore(): Promise<void> {
  await globalForCart.__storefrontCartRedis?.close();
}
