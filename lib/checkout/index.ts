import "server-only";
import { db } from "@/db";
import { listAddresses } from "@/lib/account";
import type { Address, PaymentMethod } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth";
import { readCart, type CartView } from "@/lib/cart";
import { authSecret } from "@/lib/auth";
import { type LiveRateOption, liveRateOptions } from "@/lib/carriers";
import { env } from "@/lib/env";
import { availablePaymentMethods } from "@/lib/orders";
import { stripeSettings } from "@/lib/stripe";
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

/** The cart store (Redis) cannot answer: the page shows this message instead of the step. */
export type CartUnavailable = { state: "cart-unavailable"; message: string };

export async function getCheckoutStart(): Promise<({ state: "ready" } & CheckoutStart) | CartUnavailable> {
  const user = await getSessionUser();
  const [read, addresses, draft] = await Promise.all([
    readCart(),
    user ? listAddresses(user.id) : [],
    readCheckoutDraft(),
  ]);
  if (!read.ok) return { state: "cart-unavailable", message: read.message };
  return { state: "ready", cart: read.cart, user, addresses, draft, methods: await availablePaymentMethods(db) };
}

export type CheckoutReview =
  | { state: "empty" }
  | { state: "needs-details" }
  | CartUnavailable
  | {
      state: "ready";
      details: CheckoutDetails;
      review: CheckoutQuote;
      /** The carrier's live rates for this address and weight; none without a carrier or in time. */
      liveRates: LiveRateOption[];
      cart: CartView;
      stripePayable: boolean;
      signedIn: boolean;
    };

export async function getCheckoutReview(): Promise<CheckoutReview> {
  const user = await getSessionUser();
  const [read, draft] = await Promise.all([readCart(), readCheckoutDraft()]);
  if (!read.ok) return { state: "cart-unavailable", message: read.message };
  const { cart } = read;
  if (cart.lines.length === 0) return { state: "empty" };
  const details = await resolveCheckoutDetails(draft, user);
  if (!details) return { state: "needs-details" };
  const lines = cart.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }));
  const review = await quoteCheckout(db, { currency: env.STORE_CURRENCY, lines, details });
  const liveRates = await liveRateOptions(db, {
    address: details.address,
    email: details.email,
    lines: review.quote.lines,
    currency: env.STORE_CURRENCY,
    secret: authSecret(),
  });
  return {
    state: "ready",
    details,
    review,
    liveRates,
    cart,
    stripePayable: isStripeOrderPayable(review.quote, stripeSettings() !== null),
    signedIn: user !== null,
  };
}

export { addressLines, formatAddressLine } from "./address-format";
export { saveCheckoutDetails, submitCheckoutOrder } from "./submit";
export { chooseDelivery, STORE_METHOD_CHOICE } from "./choose-rate";
