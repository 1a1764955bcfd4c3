import "server-only";
import { createLimiter } from "@/lib/rate-limit";

// Writing and editing reviews, per account: a shopper writes a handful, a script hundreds.
// Counted before the work, so a parallel burst cannot slip past.
const HOUR = 60 * 60;

export type ReviewLimits = { post: ReturnType<typeof createLimiter> };

let shared: ReviewLimits | undefined;

export function reviewLimits(): ReviewLimits {
  return (shared ??= { post: createLimiter({ keyPrefix: "review:acct", points: 10, duration: HOUR }) });
}

export const reviewLimitMessage = (retryAfterSeconds: number) => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `You have written a lot of reviews in a short time. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
};
