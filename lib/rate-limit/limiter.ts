import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/db";
import { env } from "@/lib/env";
import { DrizzleRateLimiter, type LimiterOptions } from "./drizzle-store";
import { redisClient } from "./redis-client";

export type { LimiterOptions } from "./drizzle-store";

export type Verdict = { limited: false } | { limited: true; retryAfterSeconds: number };

/** A rate limiter in our terms: verdicts instead of rejected promises. */
export type Limiter = {
  readonly points: number;
  /** Counts `points` against `key`. */
  consume(key: string, points?: number): Promise<Verdict>;
  /** Whether one more point for `key` would be refused, without counting anything. */
  check(key: string): Promise<Verdict>;
  /** Whether anything is recorded for `key` in the current window. */
  has(key: string): Promise<boolean>;
  /** Records exactly `points` for `key` for `seconds`, replacing what was there. */
  set(key: string, points: number, seconds: number): Promise<void>;
  reset(key: string): Promise<void>;
};

export type LimiterBackend = "redis" | "database";

export function limiterBackend(): LimiterBackend {
  return env.REDIS_URL ? "redis" : "database";
}

async function createStore(options: LimiterOptions, backend: LimiterBackend): Promise<RateLimiterAbstract> {
  if (backend === "redis" && env.REDIS_URL) {
    return new RateLimiterRedis({
      ...options,
      storeClient: await redisClient(env.REDIS_URL),
      useRedisPackage: true,
      // If Redis goes away, keep limiting per process rather than failing every login.
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }
  return new DrizzleRateLimiter(db, options);
}

/** Over the limit: `allowed` points may be used in a window, the next one is refused. */
function toVerdict(res: RateLimiterRes | null, allowed: number): Verdict {
  if (!res || res.consumedPoints <= allowed) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

export function createLimiter(options: LimiterOptions, backend: LimiterBackend = limiterBackend()): Limiter {
  let store: Promise<RateLimiterAbstract> | undefined;
  const get = () => (store ??= createStore(options, backend));
  return {
    points: options.points,
    async consume(key, points = 1) {
      try {
        return toVerdict(await (await get()).consume(key, points), options.points);
      } catch (error) {
        // The library rejects with the RateLimiterRes itself when the limit is exceeded.
        if (error instanceof RateLimiterRes) return toVerdict(error, options.points);
        throw error;
      }
    },
    async check(key) {
      return toVerdict(await (await get()).get(key), options.points - 1);
    },
    async has(key) {
      return (await (await get()).get(key)) !== null;
    },
    async set(key, points, seconds) {
      await (await get()).set(key, points, seconds);
    },
    async reset(key) {
      await (await get()).delete(key);
    },
  };
}
