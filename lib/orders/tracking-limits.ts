import "server-only";
import { createLimiter, strictest, type LimiterBackend, type LimiterOptions, type Verdict } from "@/lib/rate-limit";
import { normalizeOrderNumber } from "./identifiers";

// Limits on the public tracking form (number + email). Counted per caller, never per order
// alone: a count per order that every IP adds to would let anyone who knows an order number
// lock its owner out of tracking it. Per IP, so one machine cannot guess at many orders; per
// order and IP (tighter), so one machine cannot keep guessing the email of one order.

export const defaultTrackingPolicies = {
  ip: { keyPrefix: "track:ip", points: 10, duration: 10 * 60 },
  orderIp: { keyPrefix: "track:order-ip", points: 5, duration: 10 * 60 },
} satisfies Record<string, LimiterOptions>;

export type TrackingPolicies = Record<keyof typeof defaultTrackingPolicies, LimiterOptions>;

export type TrackingLimits = { attempt(ip: string, number: string): Promise<Verdict> };

export function createTrackingLimits(
  policies: TrackingPolicies = defaultTrackingPolicies,
  backend?: LimiterBackend,
): TrackingLimits {
  const perIp = createLimiter(policies.ip, backend);
  const perOrderIp = createLimiter(policies.orderIp, backend);
  return {
    /** Counts a lookup; refused while this IP, or this IP on this order, has tried too often. */
    async attempt(ip, number) {
      const order = normalizeOrderNumber(number) ?? "invalid";
      return strictest(await Promise.all([perIp.consume(ip), perOrderIp.consume(`${order}:${ip}`)]));
    },
  };
}

let shared: TrackingLimits | undefined;

/** The process-wide limits (Redis when REDIS_URL is set, the database otherwise). */
export function trackingLimits(): TrackingLimits {
  return (shared ??= createTrackingLimits());
}
