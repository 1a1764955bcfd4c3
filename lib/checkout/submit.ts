import "server-only";
import { headers } from "next/headers";
import { db } from "@/db";
import type { Order } from "@/db/schema";
import type { FieldErrors } from "@/lib/actions";
import { clientIp, getSessionUser } from "@/lib/auth";
import { getCart, getCartIdForRequest, getCartStore } from "@/lib/cart";
import { customerKeyFor, customerUses, evaluateDiscount, findDiscountByCode } from "@/lib/discounts";
import { env } from "@/lib/env";
import { shippingMethodIds } from "@/lib/pricing";
import { loadSettings } from "@/lib/settings";
import { availablePaymentMethods, orderPath, type StockMovement } from "@/lib/orders";
import { startStripeCheckout } from "@/lib/payments";
import { stripeSettings } from "@/lib/stripe";
import { discountLimitMessage, orderLimitMessage, shopLimits } from "@/lib/rate-limit";
import { parseDetailsForm } from "./details";
import { clearCheckoutDraft, readCheckoutDraft, writeCheckoutDraft } from "./draft-cookie";
import { findPlacedOrder, placeOrder } from "./place-order";
import { resolveCheckoutDetails } from "./resolve-details";
import { log } from "@/lib/log";

// What the checkout's two forms do, for their server actions (app/(shop)/checkout/actions.ts):
// the caller comes from the session and the cart from its cookie, never from the form.

export type StepResult =
  | { ok: true; redirectTo: string; moves?: StockMovement[] }
  | { ok: false; formError: string; fieldErrors?: FieldErrors };

const INVALID = "Please correct the highlighted fields.";

/** The details step: validate, check the discount code against the cart, keep the draft. */
export async function saveCheckoutDetails(raw: Record<string, unknown>): Promise<StepResult> {
  const user = await getSessionUser();
  const shippingMethods = shippingMethodIds(await loadSettings(db, "shipping"));
  const parsed = parseDetailsForm(raw, {
    signedIn: user !== null,
    methods: await availablePaymentMethods(db),
    shippingMethods,
  });
  if (!parsed.ok) return { ok: false, formError: INVALID, fieldErrors: parsed.fieldErrors };
  const { draft } = parsed;
  if (draft.addressChoice !== "new" && !(await resolveCheckoutDetails(draft, user))) {
    return {
      ok: false,
      formError: INVALID,
      fieldErrors: { addressChoice: ["That saved address is no longer in your address book. Choose another."] },
    };
  }
  // A code the saved draft already holds was checked when it was saved (the draft is signed,
  // ./draft-seal.ts, so only a code this server checked is in it): going back and forth
  // between the steps is not guessing.
  if (draft.discountCode && draft.discountCode !== (await readCheckoutDraft())?.discountCode) {
    const refusal = await checkDiscountCode(draft.discountCode, user?.email ?? draft.email ?? "");
    if (refusal) return { ok: false, formError: INVALID, fieldErrors: { discountCode: [refusal] } };
  }
  await writeCheckoutDraft(draft);
  return { ok: true, redirectTo: "/checkout/review" };
}

/** Null when the code applies to the cart, else why not. Failed codes are limited per IP and cart. */
async function checkDiscountCode(code: string, email: string): Promise<string | null> {
  const ip = clientIp(await headers());
  const cartKey = (await getCartIdForRequest()) ?? `ip:${ip}`;
  const limits = shopLimits();
  const attempt = await limits.discountAttempt(ip, cartKey);
  if (attempt.limited) return discountLimitMessage(attempt.retryAfterSeconds);
  const cart = await getCart();
  const rule = await findDiscountByCode(db, code);
  const uses = rule?.perCustomerLimit ? await customerUses(db, rule.id, customerKeyFor(email)) : 0;
  const verdict = evaluateDiscount(rule, { subtotal: cart.subtotal, now: new Date(), customerUses: uses });
  if (!verdict.ok) return verdict.message;
  await limits.discountAccepted(ip, cartKey);
  return null;
}

/**
 * The review step's "Place order": places the order (idempotent per attempt key), empties
 * the cart, and says where to go: Stripe's page for a card order, else the confirmation.
 */
export async function submitCheckoutOrder(input: { attempt: string; fingerprint: string }): Promise<StepResult> {
  const user = await getSessionUser();
  const cartId = await getCartIdForRequest();
  if (!cartId) return { ok: false, formError: "Your cart is empty." };
  const ownerKey = user ? `user:${user.id}` : `cart:${cartId}`;
  // A repeat of a submit that already succeeded (its draft and cart are gone by now).
  const earlier = await findPlacedOrder(db, ownerKey, input.attempt);
  if (earlier) return { ok: true, redirectTo: await nextStepFor(earlier) };

  const details = await resolveCheckoutDetails(await readCheckoutDraft(), user);
  if (!details) return { ok: true, redirectTo: "/checkout" };
  const ip = clientIp(await headers());
  // Counted before the order's transaction, so a burst cannot all pass; nothing is taken,
  // written or emailed for a refused attempt.
  const attempt = await shopLimits().orderAttempt({ ip, email: details.email, userId: user?.id ?? null });
  if (attempt.limited) return { ok: false, formError: orderLimitMessage(attempt) };
  const store = getCartStore();
  const stored = await store.get(cartId);
  const result = await placeOrder(db, {
    attemptKey: input.attempt,
    ownerKey,
    userId: user?.id ?? null,
    currency: env.STORE_CURRENCY,
    cartLines: (stored?.lines ?? []).map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    details,
    expectedFingerprint: input.fingerprint,
    stripeAvailable: stripeSettings() !== null,
    ip,
  });
  if (!result.ok) {
    const fieldErrors = result.lineErrors
      ? Object.fromEntries(Object.entries(result.lineErrors).map(([id, message]) => [`line-${id}`, [message]]))
      : undefined;
    return { ok: false, formError: result.message, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  // The order stands even if the cart store stops answering now: the cart is emptied at the
  // next chance (a placed order's lines are never bought twice: the attempt key finds it).
  await store
    .clear(cartId)
    .catch((error: unknown) =>
      log.error(
        { err: error, module: "checkout" },
        `order ${result.order.number} placed, but its cart could not be emptied`,
      ),
    );
  await clearCheckoutDraft();
  return { ok: true, redirectTo: await nextStepFor(result.order), moves: result.moves };
}

/** The confirmation page, or Stripe's payment page for a card order still to be paid. */
async function nextStepFor(order: Order): Promise<string> {
  const confirmation = orderPath(order.number, order.accessToken);
  if (order.paymentMethod !== "stripe" || order.status !== "awaiting_payment") return confirmation;
  const started = await startStripeCheckout(db, order.id).catch((error: unknown) => {
    // The order stands and holds its stock; its page offers "Pay now" to try again.
    log.error({ err: error, module: "checkout" }, `could not start Stripe Checkout for order ${order.number}`);
    return null;
  });
  if (started?.ok) return started.url;
  return started?.reason === "not_payable" ? confirmation : `${confirmation}&payment=retry`;
}
