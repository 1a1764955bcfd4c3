import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { orders, paymentMethod } from "./orders";

// Payments (lib/payments): how each order is paid, the refunds made, and every Stripe
// webhook event processed. Only a verified webhook (or staff, for the manual methods)
// moves a payment to "succeeded".

export const paymentStatus = pgEnum("payment_status", [
  "pending",
  // Stripe: the Checkout Session completed with a delayed method (bank debit): money is on its way.
  "processing",
  "succeeded",
  "failed",
  // Stripe: the session ran out before the shopper paid.
  "expired",
  "cancelled",
]);
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];

export const payments = pgTable(
  "payments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // One payment per order: a Stripe order has one Checkout Session (created idempotently).
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    method: paymentMethod().notNull(),
    status: paymentStatus().notNull().default("pending"),
    amount: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    // What the receipt shows: the PaymentIntent id, or staff's note of the bank transfer.
    reference: text(),
    stripeCheckoutSessionId: text("stripe_checkout_session_id"),
    stripeCheckoutUrl: text("stripe_checkout_url"),
    stripePaymentIntentId: text("stripe_payment_intent_id"),
    sessionExpiresAt: timestamp("session_expires_at", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payments_order_key").on(t.orderId),
    uniqueIndex("payments_stripe_session_key").on(t.stripeCheckoutSessionId),
    uniqueIndex("payments_stripe_payment_intent_key").on(t.stripePaymentIntentId),
    check("payments_amount_nonnegative", sql`${t.amount} >= 0`),
  ],
);

export const refunds = pgTable(
  "refunds",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    amount: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    // "stripe" (through the API or the Stripe dashboard) or "manual" (staff sent the money back).
    method: text().$type<"stripe" | "manual">().notNull(),
    // Unique: a refund seen by both the staff action and the charge.refunded webhook counts once.
    stripeRefundId: text("stripe_refund_id"),
    reason: text(),
    actor: text().notNull(),
    actorId: text("actor_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("refunds_order_idx").on(t.orderId),
    uniqueIndex("refunds_stripe_refund_key").on(t.stripeRefundId),
    check("refunds_amount_positive", sql`${t.amount} > 0`),
  ],
);

/**
 * Every Stripe event we processed, keyed by its id: the insert is the first statement of
 * the transaction that applies the event, so a duplicate delivery finds the row and stops.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text().primaryKey(),
    type: text().notNull(),
    livemode: boolean().notNull(),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true }).notNull(),
    orderId: integer("order_id"),
    // What the handler did, for staff reading the log ("paid", "ignored: unknown order"…).
    outcome: text(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stripe_events_order_idx").on(t.orderId)],
);

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type Refund = typeof refunds.$inferSelect;
export type StripeEventRow = typeof stripeEvents.$inferSelect;
