import "server-only";
import { db } from "@/db";
import { listAddresses } from "@/lib/account/addresses";
import type { Address } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { getCart } from "@/lib/cart/get-cart";
import type { CartView } from "@/lib/cart/build-cart";
import { env } from "@/lib/env";
import { availablePaymentMethods, stripeSettings } from "@/lib/payments/config";
import type { PaymentMethod } from "@/db/schema";
import type { CheckoutDetails, CheckoutDraft } from "./details";
import { readCheckoutDraft } from "./draft-cookie";
import { type CheckoutQuote, quoteCheckout } from "./quote-checkout";
import { isStripeOrderPayable } from "./record-order";
import { resolveCheckoutDetails } from "./resolve-details";

// The checkout pages' reads. Per request by nature (cart cookie, session, today's prices);
// nothing here is cached.

export type CheckoutStart = {
  cart: CartView;
  user: SessionUser | null;
  addresses: Address[];
  draft: CheckoutDraft | null;
  methods: PaymentMethod[];
};

export async function getCheckoutStart(): Promise<CheckoutStart> {
  const user = await getSessionUser();
  const [cart, addresses, draft] = await Promise.all([getCart(), user ? listAddresses(user.id) : [], readCheckoutDraft()]);
  return { cart, user, addresses, draft, methods: availablePaymentMethods() };
}

export type CheckoutReview =
  | { state: "empty" }
  | { state: "needs-details" }
  | { state: "ready"; details: CheckoutDetails; review: CheckoutQuote; cart: CartView; stripePayable: boolean; signedIn: boolean };

export async function getCheckoutReview(): Promise<CheckoutReview> {
  const user = await getSessionUser();
  const [cart, draft] = await Promise.all([getCart(), readCheckoutDraft()]);
  if (cart.lines.length === 0) return { state: "empty" };
  const details = await resolveCheckoutDetails(draft, user);
  if (!details) return { state: "needs-details" };
  const lines = cart.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }));
  const review = await quoteCheckout(db, { currency: env.STORE_CURRENCY, lines, details });
  return { state: "ready", details, review, cart, stripePayable: isStripeOrderPayable(review.quote, stripeSettings() !== null), signedIn: user !== null };
}
