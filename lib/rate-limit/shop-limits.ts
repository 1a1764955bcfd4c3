import "server-only";
import { createLimiter, type Limiter, type LimiterBackend, type LimiterOptions, type Verdict } from "./limiter";
import { env } from "@/lib/env";
import { hashKey, strictest } from "./verdicts";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Limits for the shop's public writes and its hot read, sized so a real shopper never meets
 * them: a household or an office places a few orders an hour, a bot places hundreds.
 * - orders: a guest per IP and per email typed (the email limit holds across IPs, so a
 *   botnet cannot flood one inbox with confirmations); a signed-in shopper per account.
 *   Every attempt that reaches placing counts, accepted or not, and is counted BEFORE the
 *   order's transaction, so a burst in parallel cannot slip past the count.
 * - discount codes: failed codes per IP and per cart, so codes cannot be guessed.
 * - suggestions: per IP, generous (a fast typist sends a few a second).
 * Emails are hashed: no address is stored in the limiter.
 */
export const defaultShopPolicies = {
  orderIp: { keyPrefix: "order:ip", points: env.GUEST_ORDERS_PER_IP_HOUR, duration: HOUR },
  orderEmail: { keyPrefix: "order:email", points: 5, duration: HOUR },
  orderAccount: { keyPrefix: "order:acct", points: 10, duration: HOUR },
  discountIp: { keyPrefix: "discount:ip", points: 20, duration: 15 * MINUTE },
  discountCart: { keyPrefix: "discount:cart", points: 10, duration: 15 * MINUTE },
  suggestionsIp: { keyPrefix: "suggest:ip", points: 600, duration: MINUTE },
} satisfies Record<string, LimiterOptions>;

export type ShopPolicies = Record<keyof typeof defaultShopPolicies, LimiterOptions>;

/** "1 minute", "12 minutes": an hour's window reads better in minutes than in seconds. */
export function minutesText(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

/** Which order limit refused: the shopper's network (IP), the email typed, or the account. */
export type OrderLimit = "ip" | "email" | "account";

export type OrderVerdict = { limited: false } | { limited: true; retryAfterSeconds: number; by: OrderLimit };

const orderLimitSubject: Record<OrderLimit, string> = {
  ip: "from your network",
  email: "for this email address",
  account: "from your account",
};

export const orderLimitMessage = ({ by, retryAfterSeconds }: { by: OrderLimit; retryAfterSeconds: number }) =>
  `Too many orders ${orderLimitSubject[by]} in the last hour. Please try again in ${minutesText(retryAfterSeconds)}.`;

export const discountLimitMessage = (retryAfterSeconds: number) =>
  `Too many discount codes tried. Please try again in ${minutesText(retryAfterSeconds)}.`;

export type OrderCaller = { ip: string; email: string; userId: string | null };

export type ShopLimits = ReturnType<typeof createShopLimits>;

export function createShopLimits(policies: ShopPolicies = defaultShopPolicies, backend?: LimiterBackend) {
  const l = Object.fromEntries(
    Object.entries(policies).map(([name, options]) => [name, createLimiter(options, backend)]),
  ) as Record<keyof ShopPolicies, Limiter>;

  return {
    /** Counts one attempt to place an order; a refusal names the limit that refused it (the longest wait). */
    async orderAttempt({ ip, email, userId }: OrderCaller): Promise<OrderVerdict> {
      const named = (by: OrderLimit) => (verdict: Verdict) => (verdict.limited ? { ...verdict, by } : verdict);
      if (userId) return named("account")(await l.orderAccount.consume(userId));
      return strictest(
        await Promise.all([
          l.orderIp.consume(ip).then(named("ip")),
          l.orderEmail.consume(hashKey(email)).then(named("email")),
        ]),
      );
    },

    /**
     * Counts a discount code about to be tried. A code that turns out valid is handed back
     * (discountAccepted), so only failures add up; counting first keeps a parallel burst of
     * guesses from all passing a check made before any of them failed.
     */
    async discountAttempt(ip: string, cartKey: string): Promise<Verdict> {
      return strictest(await Promise.all([l.discountIp.consume(ip), l.discountCart.consume(cartKey)]));
    },

    async discountAccepted(ip: string, cartKey: string): Promise<void> {
      await Promise.all([l.discountIp.consume(ip, -1), l.discountCart.consume(cartKey, -1)]);
    },

    /** One call per suggestions request: it is on the search box's hot path. */
    suggestion(ip: string): Promise<Verdict> {
      return l.suggestionsIp.consume(ip);
    },
  };
}

let shared: ShopLimits | undefined;

/** The process-wide limits (Redis when REDIS_URL is set, the database otherwise). */
export function shopLimits(): ShopLimits {
  return (shared ??= createShopLimits());
}
