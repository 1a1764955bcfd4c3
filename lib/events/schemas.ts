import { z } from "zod";

// Every event the store emits, with the zod schema of its payload. Events are named
// `domain/noun.verb` (docs/architecture.md, conventions). lib/events/enqueue.ts validates
// against these before a row is written, and lib/outbox/inngest-client.ts makes the Inngest functions'
// triggers from the same definitions. They live in lib/ so the store's code does not
// depend on the jobs folder for the shape of its own events.
//
// The payloads are snapshots (what the customer saw when it happened), not ids to look up:
// an email about an order shows the order as placed even if it changes later. Money is an
// integer amount of minor units; one `currency` per order covers all of its amounts.
// Schemas must not transform (no .default()/.transform()): Inngest requires input = output.

const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD");
const amount = z.number().int("must be whole minor units").nonnegative();
const timestamp = z.iso.datetime({ offset: true });
const email = z.email();
const link = z.url({ protocol: /^https?$/ });
const id = z.number().int().positive();

export const addressSchema = z.object({
  fullName: z.string().min(1),
  company: z.string().optional(),
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 country code such as US"),
  phone: z.string().optional(),
});

export const orderLineSchema = z.object({
  name: z.string().min(1),
  variant: z.string().optional(),
  sku: z.string().optional(),
  quantity: z.number().int().positive(),
  unitPrice: amount,
  lineTotal: amount,
});

export const orderTotalsSchema = z.object({
  subtotal: amount,
  discount: amount,
  shipping: amount,
  tax: amount,
  total: amount,
  /** The tax was part of the prices ("incl. VAT 20%"), not added on top; absent on older events. */
  pricesIncludeTax: z.boolean().optional(),
  /** One line per rate, as the receipt names it. */
  taxLines: z.array(z.object({ label: z.string(), basisPoints: z.number().int(), amount })).optional(),
});

/** Where to send a bank transfer; the confirmation shows it to orders paid that way. */
export const bankTransferSchema = z.object({
  accountName: z.string().min(1),
  iban: z.string().min(1),
  bic: z.string().optional(),
  bankName: z.string().optional(),
  reference: z.string().min(1),
  amount,
});

/** The order as the confirmation and the receipt show it. */
export const orderSnapshotSchema = z.object({
  orderId: id,
  orderNumber: z.string().min(1),
  email,
  customerName: z.string().optional(),
  currency,
  items: z.array(orderLineSchema).min(1),
  totals: orderTotalsSchema,
  shippingAddress: addressSchema,
  shippingMethod: z.string().optional(),
  paymentMethod: z.string().optional(),
  placedAt: timestamp,
  orderUrl: link.optional(),
  bankTransfer: bankTransferSchema.optional(),
  // A card order placed but not yet paid: the confirmation says the receipt follows.
  paymentPending: z.boolean().optional(),
});

const orderRef = {
  orderId: id,
  orderNumber: z.string().min(1),
  email,
  customerName: z.string().optional(),
  orderUrl: link.optional(),
};

const account = { userId: z.string().min(1), email, name: z.string().optional() };

export const eventSchemas = {
  "shop/user.registered": z.object(account),
  "shop/email.verification-requested": z.object({ ...account, verifyUrl: link, expiresAt: timestamp }),
  // Only the address typed and when: the handler looks the account up and makes the link,
  // so the request does the same work whether or not the address has an account.
  "auth/password-reset.requested": z.object({ email, requestedAt: timestamp }),
  "shop/order.placed": orderSnapshotSchema,
  "shop/order.paid": orderSnapshotSchema.extend({
    payment: z.object({ method: z.string().min(1), amount, paidAt: timestamp, reference: z.string().optional() }),
  }),
  "shop/order.packed": z.object({ ...orderRef, packedAt: timestamp }),
  "shop/order.shipped": z.object({
    ...orderRef,
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    trackingUrl: link.optional(),
    shippedAt: timestamp,
    shippingAddress: addressSchema,
    items: z.array(orderLineSchema).optional(),
    currency: currency.optional(),
  }),
  "shop/order.delivered": z.object({ ...orderRef, deliveredAt: timestamp }),
  // The carrier's tracking moved a shipped order on (lib/carriers); delivered is shop/order.delivered.
  "shop/order.tracking-updated": z.object({
    ...orderRef,
    status: z.enum(["in_transit", "out_for_delivery"]),
    message: z.string().min(1),
    location: z.string().optional(),
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    trackingUrl: link.optional(),
    at: timestamp,
  }),
  "shop/order.cancelled": z.object({
    ...orderRef,
    cancelledAt: timestamp,
    reason: z.string().optional(),
    currency,
    // Set when money was returned as part of the cancellation.
    refundAmount: amount.optional(),
  }),
  "shop/order.refunded": z.object({
    ...orderRef,
    refundedAt: timestamp,
    reason: z.string().optional(),
    currency,
    amount,
    orderTotal: amount.optional(),
  }),
  // Delayed to when an unpaid card order's Checkout Session has expired: a backstop that
  // releases the stock should Stripe's checkout.session.expired webhook never arrive.
  "shop/order.payment-window-closed": z.object({ orderId: id, orderNumber: z.string().min(1) }),
  // An unpaid bank transfer a day before it is cancelled (lib/maintenance/unpaid-bank-transfers.ts).
  "shop/order.payment-reminder": z.object({
    ...orderRef,
    currency,
    bankTransfer: bankTransferSchema,
    cancelAfter: timestamp,
  }),
  "catalog/product.changed": z.object({
    productId: id,
    slug: z.string().optional(),
    change: z.enum(["created", "updated", "deleted"]),
  }),
  // A wished-for item can be bought again: one per shopper and return to stock (lib/wishlist/back-in-stock.ts).
  "shop/wishlist.back-in-stock": z.object({
    ...account,
    productId: id,
    productName: z.string().min(1),
    variant: z.string().optional(),
    productUrl: link,
    wishlistUrl: link,
    price: amount.optional(),
    currency: currency.optional(),
  }),
  // Delayed to a few days after delivery: ask the buyer for a review, once per order (lib/review-requests).
  "shop/review.request-due": z.object({
    orderId: id,
    orderNumber: z.string().min(1),
    email,
    customerName: z.string().optional(),
  }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

export const eventNames = Object.keys(eventSchemas) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventSchemas, name);
}

// Inngest refuses schemas whose input and output differ; this fails the type check naming
// the event if one ever does (eventType() cannot see it through the loop in lib/outbox/inngest-client.ts).
type Transforming = {
  [N in EventName]: [z.input<(typeof eventSchemas)[N]>] extends [EventPayload<N>] ? never : N;
}[EventName];
type AssertNone<T extends never> = T;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only checked, never used
type EventSchemasDoNotTransform = AssertNone<Transforming>;
