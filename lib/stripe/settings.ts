import { env } from "@/lib/env";

// Stripe's keys, from the environment (validated in lib/env.ts, where the key and the
// webhook secret must come as a pair).

export type StripeSettings = { secretKey: string; webhookSecret: string; apiUrl?: string };

export function stripeSettings(): StripeSettings | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiUrl: env.STRIPE_API_URL };
}
