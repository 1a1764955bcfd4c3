import { z } from "zod";
import type { OrderAddress, PaymentMethod } from "@/db/schema";
import { addressInputSchema } from "@/lib/account";
import type { FieldErrors } from "@/lib/actions";
import { PAYMENT_METHODS } from "@/lib/orders";
import { normalizeDiscountCode } from "@/lib/discounts";
import { type ChosenRate, chosenRateSchema } from "@/lib/carriers/client";
import { normalizePhone } from "@/lib/sms/client";
import { rowId } from "@/lib/row-id";

// The checkout's details step: what the shopper typed or chose, validated here (pure, so
// tests reach every rule) and kept between steps as a draft (./draft-cookie.ts). The draft
// holds only the shopper's own input, never a price or a user id, and is validated again
// at every read.

export type CheckoutDetails = {
  email: string;
  address: OrderAddress;
  /** A method id of the owner's shipping settings; the quote checks it against the address's zone. */
  shippingMethod: string;
  /** Normalised; "" when none. */
  discountCode: string;
  paymentMethod: PaymentMethod;
  /** A mobile number for shipping and delivery texts, E.164; absent when none was given. */
  smsPhone?: string;
  /** The shopper ticked "Text me…" (only with a number). */
  smsOptIn?: boolean;
  /** A carrier's live rate chosen on the review page (lib/carriers), for this address and cart's weight. */
  carrierRate?: ChosenRate;
};

// The form's rule, and the draft's at every read: one spelling per inbox, so the limits keyed
// on a guest's email (open unpaid orders, orders per hour) count "Ada@x" and "ada@x" together.
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.com."));

/** A guest's email as orders keep it (trimmed, lower-cased), or null when it is not an email address. */
export function normalizeEmail(value: unknown): string | null {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const addressFields = [
  "fullName",
  "company",
  "line1",
  "line2",
  "city",
  "region",
  "postalCode",
  "country",
  "phone",
] as const;

// The shape of a method id in the shipping settings (lib/settings/sections/shipping.ts).
const shippingMethodIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const checkoutDraftSchema = z.object({
  email: emailSchema.optional(),
  // "new" (the address fields below) or the id of one of the account's saved addresses.
  addressChoice: z.union([z.literal("new"), z.number().int().positive()]),
  address: z.partialRecord(z.enum(addressFields), z.string().max(200)).optional(),
  shippingMethod: shippingMethodIdSchema,
  discountCode: z.string().max(64),
  paymentMethod: z.enum(PAYMENT_METHODS as ["stripe", "bank_transfer", "cash_on_delivery"]),
  // Optional, so a draft saved before texts existed still reads.
  smsPhone: z
    .string()
    .regex(/^\+[1-9][0-9]{6,14}$/)
    .optional(),
  smsOptIn: z.boolean().optional(),
  // Set on the review page from a rate this server sealed (lib/carriers/rate-seal.ts); the draft's
  // own seal keeps it as the server wrote it. Saving the details again drops it.
  carrierRate: chosenRateSchema.optional(),
});
export type CheckoutDraft = z.infer<typeof checkoutDraftSchema>;

const str = (value: unknown) => (typeof value === "string" ? value : "");

export type ParsedDetails = { ok: true; draft: CheckoutDraft } | { ok: false; fieldErrors: FieldErrors };

/** Validates the details form. `signedIn` shoppers use their account email and may pick a saved address. */
export function parseDetailsForm(
  raw: Record<string, unknown>,
  options: {
    signedIn: boolean;
    methods: readonly PaymentMethod[];
    /** Every shipping method id of the owner's zones; the quote picks the address's zone. */
    shippingMethods: readonly string[];
  },
): ParsedDetails {
  const errors: FieldErrors = {};
  let email: string | undefined;
  if (!options.signedIn) {
    const parsed = emailSchema.safeParse(str(raw.email));
    if (parsed.success) email = parsed.data;
    else errors.email = [parsed.error.issues[0]?.message ?? "Enter your email address."];
  }

  const choice = str(raw.addressChoice) || "new";
  let addressChoice: CheckoutDraft["addressChoice"] = "new";
  let address: CheckoutDraft["address"];
  if (choice !== "new") {
    const id = rowId(choice);
    if (options.signedIn && id !== null) addressChoice = id;
    else errors.addressChoice = ["Choose one of your saved addresses or enter a new one."];
  } else {
    const parsed = addressInputSchema.safeParse(Object.fromEntries(addressFields.map((f) => [f, str(raw[f])])));
    if (parsed.success) address = Object.fromEntries(addressFields.map((f) => [f, parsed.data[f]]));
    else Object.assign(errors, z.flattenError(parsed.error).fieldErrors);
  }

  const shippingMethod = str(raw.shippingMethod);
  if (!options.shippingMethods.includes(shippingMethod) || !shippingMethodIdSchema.safeParse(shippingMethod).success)
    errors.shippingMethod = ["Choose a shipping method."];
  const paymentMethod = str(raw.paymentMethod);
  if (!(options.methods as readonly string[]).includes(paymentMethod))
    errors.paymentMethod = ["Choose how you want to pay."];
  const discountCode = normalizeDiscountCode(str(raw.discountCode));
  if (discountCode.length > 64) errors.discountCode = ["This discount code is not valid."];
  const sms = parseSmsChoice(raw);
  if (!sms.ok) errors.smsPhone = [sms.message];

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    draft: checkoutDraftSchema.parse({
      email,
      addressChoice,
      address,
      shippingMethod,
      discountCode,
      paymentMethod,
      ...(sms.ok ? sms.value : {}),
    }),
  };
}

/**
 * The optional mobile number and the texts opt-in. A national number is read in the delivery
 * country (`phoneCountry`, which the form keeps equal to the chosen address's country).
 */
function parseSmsChoice(
  raw: Record<string, unknown>,
): { ok: true; value: { smsPhone?: string; smsOptIn: boolean } } | { ok: false; message: string } {
  const typed = str(raw.smsPhone).trim();
  const optIn = raw.smsOptIn === "on" || raw.smsOptIn === "yes" || raw.smsOptIn === true;
  if (typed === "") {
    if (optIn) return { ok: false, message: "Enter a mobile number for the texts, or untick the box." };
    return { ok: true, value: { smsOptIn: false } };
  }
  const phone = normalizePhone(typed, str(raw.phoneCountry) || str(raw.country));
  if (!phone) return { ok: false, message: "Enter a mobile number like +1 415 555 0100." };
  return { ok: true, value: { smsPhone: phone, smsOptIn: optIn } };
}

/** A stored or saved address, validated again for its country, as the order will keep it. */
export function validateOrderAddress(input: Record<string, unknown>): OrderAddress | null {
  const parsed = addressInputSchema.safeParse(Object.fromEntries(addressFields.map((f) => [f, str(input[f])])));
  if (!parsed.success) return null;
  const a = parsed.data;
  return {
    fullName: a.fullName,
    company: a.company,
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    region: a.region,
    postalCode: a.postalCode,
    country: a.country,
    phone: a.phone,
  };
}
