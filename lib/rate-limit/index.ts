export { authLimits, createAuthLimits, defaultAuthPolicies, type AuthLimits, type AuthPolicies } from "./auth-limits";
export { createLimiter, limiterBackend, type Limiter, type LimiterBackend, type LimiterOptions, type Verdict } from "./limiter";
export { retryMessage } from "./messages";
export { hashKey, strictest } from "./verdicts";
