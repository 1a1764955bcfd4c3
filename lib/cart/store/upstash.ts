import { errors, Redis } from "@upstash/redis";
import { RedisUnavailableError } from "@/lib/redis/unavailable";
import type { RedisScriptClient } from "./redis-store";

export type UpstashOptions = { timeoutMs?: number; coolDownMs?: number; log?: (line: string) => void };

/**
 * Redis over Upstash's REST API, for serverless hosts (Vercel) that cannot keep a TCP pool.
 * Each request is abandoned after `timeoutMs` (connecting included) and retried once at
 * most; after a failure the breaker refuses at once for `coolDownMs`, so an outage costs one
 * request one timeout. An error reply (UpstashError: NOSCRIPT, a script's error) is Upstash
 * answering and leaves the breaker closed.
 */
export function connectUpstash(url: string, token: string, options: UpstashOptions = {}): RedisScriptClient {
  const { timeoutMs = 2_000, coolDownMs = 1_000, log = console.error } = options;
  const redis = new Redis({
    url,
    token,
    // The cart store parses replies itself; the default would turn "12" into 12 and
    // JSON-looking strings into objects.
    automaticDeserialization: false,
    // Each script is one atomic request already; batching them into pipelines buys nothing.
    enableAutoPipelining: false,
    enableTelemetry: false,
    // A function, so each request gets its own deadline (and an abort throws, not a result).
    signal: () => AbortSignal.timeout(timeoutMs),
    retry: { retries: 1, backoff: () => 50 },
  });
  let failedAt = 0;
  let lastLogged = 0;

  async function guarded<T>(request: () => Promise<T>): Promise<T> {
    if (Date.now() - failedAt < coolDownMs) throw new RedisUnavailableError("Upstash failed moments ago; not trying again yet");
    try {
      return await request();
    } catch (error) {
      if (error instanceof errors.UpstashError) throw error;
      failedAt = Date.now();
      if (failedAt - lastLogged >= 60_000) {
        lastLogged = failedAt;
        log(`[cart] Upstash: ${message(error)}; carts are unavailable until it answers`);
      }
      throw new RedisUnavailableError(`Upstash failed: ${message(error)}`, { cause: error });
    }
  }

  return {
    evalsha: (sha, keys, args) => guarded(() => redis.evalsha(sha, keys, args)),
    eval: (script, keys, args) => guarded(() => redis.eval(script, keys, args)),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
