// Stripe's client and settings (STRIPE_*), shared by payments and refunds.
export { closeCheckoutSession } from "./close-session";
export type { SessionClosure } from "./close-session";
export { stripeSettings } from "./settings";
export { getStripe, requireStripe } from "./stripe-client";
