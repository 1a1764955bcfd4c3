import { sql } from "drizzle-orm";
import { boolean, char, check, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orders } from "./orders";

// Discount codes (lib/discounts). Usage limits are enforced by the database, not by a
// read-then-write: `used_count` only moves through a conditional UPDATE, and a per-customer
// limit through a unique redemption row per (discount, customer, nth use).

export const discountKind = pgEnum("discount_kind", ["percentage", "fixed"]);
export type DiscountKind = (typeof discountKind.enumValues)[number];

export const discounts = pgTable(
  "discounts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // Stored upper-case; shoppers may type it in any case.
    code: text().notNull(),
    description: text().notNull().default(""),
    kind: discountKind().notNull(),
    // Percentage discounts: basis points of the subtotal (1000 = 10%).
    percentBasisPoints: integer("percent_basis_points"),
    // Fixed discounts: minor units of `currency`, capped at the subtotal.
    amountOff: integer("amount_off"),
    currency: char({ length: 3 }),
    minSubtotal: integer("min_subtotal").notNull().default(0),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    usageLimit: integer("usage_limit"),
    usedCount: integer("used_count").notNull().default(0),
    perCustomerLimit: integer("per_customer_limit"),
    active: boolean().notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("discounts_code_key").on(t.code),
    check("discounts_code_upper", sql`${t.code} = upper(${t.code})`),
    check(
      "discounts_value_valid",
      sql`(${t.kind} = 'percentage' AND ${t.percentBasisPoints} BETWEEN 1 AND 10000 AND ${t.amountOff} IS NULL)
        OR (${t.kind} = 'fixed' AND ${t.amountOff} > 0 AND ${t.currency} IS NOT NULL AND ${t.percentBasisPoints} IS NULL)`,
    ),
    check("discounts_min_subtotal_nonnegative", sql`${t.minSubtotal} >= 0`),
    check(
      "discounts_usage_within_limit",
      sql`${t.usedCount} >= 0 AND (${t.usageLimit} IS NULL OR ${t.usedCount} <= ${t.usageLimit})`,
    ),
    check("discounts_per_customer_positive", sql`${t.perCustomerLimit} IS NULL OR ${t.perCustomerLimit} > 0`),
    check("discounts_dates_ordered", sql`${t.startsAt} IS NULL OR ${t.endsAt} IS NULL OR ${t.startsAt} < ${t.endsAt}`),
  ],
);

export const discountRedemptions = pgTable(
  "discount_redemptions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    discountId: integer("discount_id")
      .notNull()
      .references(() => discounts.id, { onDelete: "cascade" }),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    // The customer's lower-cased email (accounts check out with their account email).
    customerKey: text("customer_key").notNull(),
    // For codes limited per customer, this customer's nth use: two concurrent checkouts
    // claiming the same nth use collide on the unique key, so the limit cannot be overrun.
    // Null for codes without that limit (nulls never collide).
    sequence: integer(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("discount_redemptions_order_key").on(t.orderId),
    uniqueIndex("discount_redemptions_customer_use_key").on(t.discountId, t.customerKey, t.sequence),
    check("discount_redemptions_sequence_positive", sql`${t.sequence} IS NULL OR ${t.sequence} > 0`),
  ],
);

export type Discount = typeof discounts.$inferSelect;
export type NewDiscount = typeof discounts.$inferInsert;
export type DiscountRedemption = typeof discountRedemptions.$inferSelect;
