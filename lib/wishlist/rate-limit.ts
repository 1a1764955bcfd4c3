import "server-only";
import { createLimiter, retryMessage } from "@/lib/rate-limit";

// Wishlist writes per account: a shopper clicking hearts through a catalog makes a few a
// minute; a script toggling in a loop would fill the table and the outbox's back-in-stock
// work. Counted before the write, so a parallel burst cannot slip past.
let limiter: ReturnType<typeof createLimiter> | undefined;

/** Null when the write may go ahead; otherwise the message to show. */
export async function wishlistWriteRefusal(userId: string): Promise<string | null> {
  limiter ??= createLimiter({ keyPrefix: "wishlist:acct", points: 60, duration: 60 });
  const verdict = await limiter.consume(userId);
  return verdict.limited ? retryMessage(verdict.retryAfterSeconds) : null;
}
