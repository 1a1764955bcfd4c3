import type { PaymentMethod } from "@/db/schema";

// How each payment method is named to shoppers (pure: the checkout form shows these).

export const PAYMENT_METHODS: readonly PaymentMethod[] = ["stripe", "bank_transfer", "cash_on_delivery"];

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  stripe: "Card, wallet or online banking",
  bank_transfer: "Bank transfer",
  cash_on_delivery: "Cash on delivery",
};

export const paymentMethodHints: Record<PaymentMethod, string> = {
  stripe: "Pay securely on Stripe's checkout page: cards, wallets and the bank methods enabled for this store.",
  bank_transfer: "We show you our bank details and a reference. We ship once the money arrives.",
  cash_on_delivery: "Pay the courier in cash when your order arrives.",
};
