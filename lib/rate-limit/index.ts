export { authLimits, createAuthLimits, type AuthLimits } from "./auth-limits";
export { createLimiter, type LimiterBackend, type LimiterOptions, type Verdict } from "./limiter";
export { retryMessage } from "./messages";
export { strictest } from "./verdicts";

export { closeRedisClients } from "./redis-client";
export { discountLimitMessage, orderLimitMessage, shopLimits } from "./shop-limits";
