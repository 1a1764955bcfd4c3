// Security headers: the static ones and the catalog policy come from next.config (headers.mjs),
// the nonce policy of per-request pages from proxy.ts (nonce-policy.ts).
export { nextWithNoncePolicy, rendersPerRequest } from "./nonce-policy";
export { bearerMatches } from "./bearer";
