import { z } from "zod";

// Which payment methods checkout offers, the payee for bank transfers and how long a bank
// transfer may stay unpaid. Stripe is offered only when it is on here AND its keys are set.

export const paymentSettingsSchema = z.object({
  enabled: z.object({ stripe: z.boolean(), bank_transfer: z.boolean(), cash_on_delivery: z.boolean() }),
  bankTransfer: z.object({
    accountName: z.string().trim().max(120),
    iban: z.string().trim().max(42),
    bic: z.string().trim().max(11),
    bankName: z.string().trim().max(120),
  }),
  /** Days an unpaid bank transfer waits before it is cancelled and its stock returned. */
  bankTransferDays: z.coerce.number().int().min(1, "At least 1 day.").max(90, "At most 90 days."),
});

export type PaymentSettings = z.infer<typeof paymentSettingsSchema>;
