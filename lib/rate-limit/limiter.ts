import "server-only";
import { RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/db";
import { env } from "@/lib/env";
import { DrizzleRateLimiter, type LimiterOptions } from "./drizzle-store";
import { rateLimitRedis } from "./redis-client";

export type { LimiterOptions } from "./drizzle-store";

export type Verdict = { limited: false } | { limited: true; retryAfterSeconds: number };

/** A rate limiter in our terms: verdicts instead of rejected promises. */
export type Limiter = {
  readonly points: number;
  /** Counts `points` against `key`. */
  consume(key: string, points?: number): Promise<Verdict>;
  /** As `consume` for one point, with a window of `seconds` if this call starts one (a running window keeps its end). */
  consumeFor(key: string, seconds: number): Promise<Verdict>;
  /** Whether one more point for `key` would be refused, without counting anything. */
  check(key: string): Promise<Verdict>;
  /** Whether anything is recorded for `key` in the current window. */
  has(key: string): Promise<boolean>;
  /** The points counted against `key` in the current window (0 when none). */
  count(key: string): Promise<number>;
  /** Records exactly `points` for `key` for `seconds`, replacing what was there. */
  set(key: string, points: number, seconds: number): Promise<void>;
  reset(key: string): Promise<void>;
};

export type LimiterBackend = "redis" | "database";

export function limiterBackend(): LimiterBackend {
  return env.REDIS_URL ? "redis" : "database";
}

type Run = <T>(operation: (store: RateLimiterAbstract) => Promise<T>) => Promise<T>;

// The library reports "over the limit" by rejecting with a RateLimiterRes: that is Redis
// answering, not failing, so it travels through the guarded call as a value.
type Settled<T> = { value: T } | { refused: RateLimiterRes };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => {
      if (error instanceof RateLimiterRes) return { refused: error };
      throw error;
    },
  );

/**
 * Where a limiter counts. With Redis, an operation Redis cannot answer in time (down,
 * paused, refusing) is counted in the database instead, so login keeps working and the
 * limits keep holding across instances; once Redis answers again it counts there again.
 */
function createRun(options: LimiterOptions, backend: LimiterBackend): Run {
  let database: RateLimiterAbstract | undefined;
  const fallback = () => (database ??= new DrizzleRateLimiter(db, options));
  if (backend !== "redis" || !env.REDIS_URL) return (operation) => operation(fallback());
  const redis = rateLimitRedis(env.REDIS_URL);
  const primary = new RateLimiterRedis({ ...options, storeClient: redis.client, useRedisPackage: true });
  return async (operation) => {
    let settled;
    try {
      settled = await redis.call(() => settle(operation(primary)));
    } catch {
      return operation(fallback()); // the guarded client has logged why
    }
    if ("refused" in settled) throw settled.refused;
    return settled.value;
  };
}

/** Over the limit: `allowed` points may be used in a window, the next one is refused. */
function toVerdict(res: RateLimiterRes | null, allowed: number): Verdict {
  if (!res || res.consumedPoints <= allowed) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

export function createLimiter(options: LimiterOptions, backend: LimiterBackend = limiterBackend()): Limiter {
  let run: Run | undefined;
  const store: Run = (operation) => (run ??= createRun(options, backend))(operation);
  const counted = async (consume: () => Promise<RateLimiterRes>): Promise<Verdict> => {
    try {
      return toVerdict(await consume(), options.points);
    } catch (error) {
      // The library rejects with the RateLimiterRes itself when the limit is exceeded.
      if (error instanceof RateLimiterRes) return toVerdict(error, options.points);
      throw error;
    }
  };
  return {
    points: options.points,
    async consume(key, points = 1) {
      return counted(() => store((s) => s.consume(key, points)));
    },
    async consumeFor(key, seconds) {
      return counted(() => store((s) => s.consume(key, 1, { customDuration: seconds })));
    },
    async check(key) {
      return toVerdict(await store((s) => s.get(key)), options.points - 1);
    },
    async has(key) {
      return (await store((s) => s.get(key))) !== null;
    },
    async count(key) {
      return (await store((s) => s.get(key)))?.consumedPoints ?? 0;
    },
    async set(key, points, seconds) {
      await store((s) => s.set(key, points, seconds));
    },
    async reset(key) {
      await store((s) => s.delete(key));
    },
  };
}
