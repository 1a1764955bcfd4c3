import "server-only";
import { db } from "@/db";
import { getAddress } from "@/lib/account";
import type { SessionUser } from "@/lib/auth";
import { availablePaymentMethods } from "@/lib/orders";
import { type CheckoutDetails, type CheckoutDraft, normalizeEmail, validateOrderAddress } from "./details";

/**
 * The draft turned into the details an order is placed with, or null when something no
 * longer holds (a saved address was deleted, a payment method switched off, a guest draft
 * without an email): the shopper goes back to the details step. A signed-in shopper's
 * email and saved addresses come from their account, never from the draft.
 */
export async function resolveCheckoutDetails(
  draft: CheckoutDraft | null,
  user: SessionUser | null,
): Promise<CheckoutDetails | null> {
  if (!draft) return null;
  const email = user ? user.email.toLowerCase() : normalizeEmail(draft.email);
  if (!email) return null;
  if (!(await availablePaymentMethods(db)).includes(draft.paymentMethod)) return null;

  let address;
  if (draft.addressChoice === "new") {
    address = draft.address ? validateOrderAddress(draft.address) : null;
  } else {
    if (!user) return null;
    const saved = await getAddress(user.id, draft.addressChoice);
    address = saved ? validateOrderAddress(saved as unknown as Record<string, unknown>) : null;
  }
  if (!address) return null;
  return {
    email,
    address,
    shippingMethod: draft.shippingMethod,
    discountCode: draft.discountCode,
    paymentMethod: draft.paymentMethod,
    ...(draft.smsPhone ? { smsPhone: draft.smsPhone, smsOptIn: draft.smsOptIn === true } : {}),
    ...(draft.carrierRate ? { carrierRate: draft.carrierRate } : {}),
  };
}
