import { randomBytes } from "node:crypto";
import { createAuthLimits } from "@/lib/rate-limit";

/**
 * Rate limits for suites that are not about rate limiting: keys private to each call, so
 * no two checks share a counter, and room for every attempt a test makes.
 */
export function openAuthLimits() {
  const run = `t${randomBytes(5).toString("hex")}`;
  const open = { points: 1000, duration: 60 };
  return createAuthLimits(
    {
      loginAccountIp: { keyPrefix: `${run}:a`, ...open },
      loginAccount: { keyPrefix: `${run}:b`, ...open },
      loginIp: { keyPrefix: `${run}:c`, ...open },
      loginKnownIp: { keyPrefix: `${run}:d`, points: 1, duration: 60 },
      registerIp: { keyPrefix: `${run}:e`, ...open },
      registerAccount: { keyPrefix: `${run}:f`, ...open },
      resetIp: { keyPrefix: `${run}:g`, ...open },
      resetAccount: { keyPrefix: `${run}:h`, ...open },
    },
    "database",
  );
}

/** The request context the auth functions take: a caller's IP and fresh, open limits. */
export function authContext(ip: string) {
  return { ip, limits: openAuthLimits() };
}
