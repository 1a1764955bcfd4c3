import { errors, Redis } from "@upstash/redis";
import { breaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { RedisUnavailableError, isRequestError, logError, throttledLog } from "@/lib/redis";
import { SpanKind, type SpanOptions, withSpan } from "@/lib/telemetry";
import type { RedisScriptClient } from "./redis-store";

export type UpstashOptions = { timeoutMs?: number; coolDownMs?: number; log?: (line: string) => void };

/**
 * Redis over Upstash's REST API, for serverless hosts (Vercel) that cannot keep a TCP pool.
 * Each request is abandoned after `timeoutMs` (connecting included) and retried once at
 * most; after a failure its breaker (lib/breakers) refuses at once for `coolDownMs`, so an outage costs one
 * request one timeout. Only an error reply about the request (NOSCRIPT, a script's error:
 * lib/redis/error-reply.ts) is Upstash answering and leaves the breaker closed. The client
 * turns every HTTP error into an UpstashError without its status, so a 5xx is told apart by
 * its body: a gateway's HTML page (UpstashJSONParseError) or an error that is no Redis reply.
 */
const upstashSpan: SpanOptions = { kind: SpanKind.CLIENT, attributes: { "db.system.name": "redis" } };

export function connectUpstash(url: string, token: string, options: UpstashOptions = {}): RedisScriptClient {
  const { timeoutMs = 2_000, coolDownMs = 1_000, log = logError } = options;
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
  const policy = breaker(`redis:cart@${new URL(url).host}`, {
    halfOpenAfterMs: coolDownMs,
    isFailure: (error) => !isReplyAboutRequest(error),
  });
  const logFailure = throttledLog(log);

  async function guarded<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await withSpan("redis cart", upstashSpan, () => throughBreaker(policy, request));
    } catch (error) {
      if (isBreakerRefusal(error)) throw new RedisUnavailableError("Upstash failed moments ago; not trying again yet");
      if (isReplyAboutRequest(error)) throw error;
      logFailure(`[cart] Upstash: ${message(error)}; carts are unavailable until it answers`);
      throw new RedisUnavailableError(`Upstash failed: ${message(error)}`, { cause: error });
    }
  }

  return {
    evalsha: (sha, keys, args) => guarded(() => redis.evalsha(sha, keys, args)),
    eval: (script, keys, args) => guarded(() => redis.eval(script, keys, args)),
  };
}

const isReplyAboutRequest = (error: unknown) =>
  error instanceof errors.UpstashError &&
  !(error instanceof errors.UpstashJSONParseError) &&
  isRequestError(error.message);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
