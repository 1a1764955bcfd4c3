export { authLimits, createAuthLimits, defaultAuthPolicies, type AuthLimits, type AuthPolicies } from "./auth-limits";
export { createLimiter, limiterBackend, retryMessage, type Limiter, type LimiterBackend, type Verdict } from "./limiter";
