import Stripe from "stripe";
import { breakerHttpClient, stripeBreaker, stripeBreakerName } from "./breaker-http-client";
import { type StripeSettings, stripeSettings } from "./settings";

/**
 * A Stripe client. With `apiUrl` (STRIPE_API_URL) it talks to that server instead of
 * api.stripe.com: tests and the e2e run point it at a local server that speaks the part of
 * Stripe's API we use (tests/helpers/fake-stripe.ts). Its requests go through a breaker
 * (./breaker-http-client.ts), one per API server.
 */
export function createStripeClient(settings: Pick<StripeSettings, "secretKey" | "apiUrl">): Stripe {
  const target = settings.apiUrl ? new URL(settings.apiUrl) : null;
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: "storefront" },
    httpClient: breakerHttpClient(Stripe.createNodeHttpClient(), stripeBreaker(stripeBreakerName(settings.apiUrl))),
    ...(target
      ? {
          host: target.hostname,
          port: target.port || (target.protocol === "https:" ? 443 : 80),
          protocol: target.protocol === "https:" ? "https" : "http",
        }
      : {}),
  });
}

const globalForStripe = globalThis as unknown as { __storefrontStripe?: Stripe };

/** The process's client, or null when Stripe is not configured. */
export function getStripe(): Stripe | null {
  const settings = stripeSettings();
  if (!settings) return null;
  return (globalForStripe.__storefrontStripe ??= createStripeClient(settings));
}

/** For code paths that only run with Stripe configured (a Stripe order exists). */
export function requireStripe(): Stripe {
  const stripe = getStripe();
  if (!stripe) throw new Error("Stripe is not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.");
  return stripe;
}
