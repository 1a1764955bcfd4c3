// The guarded Redis client every Redis user shares: timeouts, a clear error when Redis is
// down, and throttled logging.
export { isRequestError } from "./error-reply";
export { connectGuardedRedis } from "./guarded-client";
export type { GuardedRedis, RedisClient } from "./guarded-client";
export { logError, throttledLog } from "./throttled-log";
export { RedisUnavailableError } from "./unavailable";
