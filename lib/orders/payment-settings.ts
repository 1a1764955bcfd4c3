import type { DbOrTx } from "@/db";
import type { PaymentMethod } from "@/db/schema";
import { DEMO_IBAN, loadSettings, type PaymentSettings } from "@/lib/settings";
import { stripeSettings } from "@/lib/stripe";
import { PAYMENT_METHODS } from "./payment-methods";

// Which methods are offered and the payee shown for bank transfers: the owner's payment
// settings (/admin/settings/payments). Stripe is offered only when it is on there AND its
// keys are in the environment.

/** The methods the settings turn on, Stripe only when configured. */
export function availablePaymentMethodsFor(payments: PaymentSettings): PaymentMethod[] {
  const stripe = stripeSettings() !== null;
  return PAYMENT_METHODS.filter((method) => payments.enabled[method] && (method !== "stripe" || stripe));
}

/** The methods checkout offers now (read uncached: checkout must not offer a method just switched off). */
export async function availablePaymentMethods(db: DbOrTx): Promise<PaymentMethod[]> {
  return availablePaymentMethodsFor(await loadSettings(db, "payments"));
}

export type BankTransferDetails = {
  accountName: string;
  iban: string;
  bic: string;
  bankName: string;
  /** True while the store runs on the built-in example details. */
  demo: boolean;
};

export function payeeOf(payments: PaymentSettings): BankTransferDetails {
  return { ...payments.bankTransfer, demo: payments.bankTransfer.iban === DEMO_IBAN };
}

/** The payee shown for bank transfers, as the settings give it now. */
export async function bankTransferDetails(db: DbOrTx): Promise<BankTransferDetails> {
  return payeeOf(await loadSettings(db, "payments"));
}
