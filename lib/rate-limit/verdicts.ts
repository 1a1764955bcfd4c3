import { createHash } from "node:crypto";
import type { Verdict } from "./limiter";

/** The longest wait among the refusals, or not limited. */
export function strictest(verdicts: Verdict[]): Verdict {
  const waits = verdicts.flatMap((v) => (v.limited ? [v.retryAfterSeconds] : []));
  return waits.length ? { limited: true, retryAfterSeconds: Math.max(...waits) } : { limited: false };
}

/** A limiter key for an email or a code: bounded, and no address kept in Redis in the clear. */
export function hashKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32);
}
