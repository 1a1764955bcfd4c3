import type { PaymentMethod } from "@/db/schema";
import { env } from "@/lib/env";
import { stripeSettings } from "@/lib/stripe";
import { PAYMENT_METHODS } from "./payment-methods";

// Which methods are offered (Stripe only with its keys, the manual ones always) and the payee
// shown for bank transfers.

/** The methods checkout offers: Stripe only when configured; bank transfer and cash on delivery always. */
export function availablePaymentMethods(): PaymentMethod[] {
  const stripe = stripeSettings() !== null;
  return PAYMENT_METHODS.filter((method) => method !== "stripe" || stripe);
}

export type BankTransferDetails = {
  accountName: string;
  iban: string;
  bic: string;
  bankName: string;
  /** True when the store runs on the built-in example details (BANK_TRANSFER_* unset). */
  demo: boolean;
};

/** The payee shown for bank transfers. Example details until the operator sets BANK_TRANSFER_IBAN. */
export function bankTransferDetails(): BankTransferDetails {
  const demo = !env.BANK_TRANSFER_IBAN;
  return {
    accountName: env.BANK_TRANSFER_ACCOUNT_NAME ?? env.STORE_NAME,
    // The IBAN registry's documented example number: it belongs to nobody.
    iban: env.BANK_TRANSFER_IBAN ?? "GB82 WEST 1234 5698 7654 32",
    bic: env.BANK_TRANSFER_BIC ?? (demo ? "WESTGB2L" : ""),
    bankName: env.BANK_TRANSFER_BANK_NAME ?? (demo ? "Example Bank (demo details)" : ""),
    demo,
  };
}
