import { createHash } from "node:crypto";
import type { Verdict } from "./limiter";

/** The refusal with the longest wait, or not limited. */
export function strictest<V extends Verdict>(verdicts: V[]): V | { limited: false } {
  let refused: V | undefined;
  for (const v of verdicts) {
    if (v.limited && (!refused?.limited || v.retryAfterSeconds > refused.retryAfterSeconds)) refused = v;
  }
  return refused ?? { limited: false };
}

/** A limiter key for an email or a code: bounded, and no address kept in Redis in the clear. */
export function hashKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32);
}
