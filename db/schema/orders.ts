import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { products, productVariants } from "./catalog";

// Orders (lib/orders, lib/checkout). An order is a snapshot: names, prices, taxes and the
// address as the shopper saw them when it was placed. Later edits to the catalog, the
// rates or the address book never change an order. Money is integer minor units in the
// order's one currency.

export const orderStatus = pgEnum("order_status", [
  // Waiting for money that comes before shipping: Stripe, bank transfer.
  "awaiting_payment",
  // Cash on delivery: ready to fulfil, paid at the door.
  "placed",
  "paid",
  "packed",
  "shipped",
  "delivered",
  "cancelled",
  "refunded",
]);
export type OrderStatus = (typeof orderStatus.enumValues)[number];

export const paymentMethod = pgEnum("payment_method", ["stripe", "bank_transfer", "cash_on_delivery"]);

// How likely the order is fraud (lib/risk): a high one is held until staff approve it.
export const riskLevel = pgEnum("risk_level", ["normal", "elevated", "high"]);
export type RiskLevel = (typeof riskLevel.enumValues)[number];

/** One signal behind an order's risk: its points and what staff read ("The card was issued in FR, …"). */
export type RiskReason = { code: string; points: number; text: string };
export type PaymentMethod = (typeof paymentMethod.enumValues)[number];

/** The delivery address as it was at checkout. */
export type OrderAddress = {
  fullName: string;
  company: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
};

export const orders = pgTable(
  "orders",
  {
    // Integer ids key the email log (emails.order_id); shoppers see `number`.
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    number: text().notNull(),
    // The guest's key to the order pages (in the confirmation URL and emails): 256 random
    // bits, so an order number alone never opens an order.
    accessToken: text("access_token").notNull(),
    // One per checkout attempt (lib/checkout/place-order.ts): a double submit or a retry
    // finds the order the first request made instead of making a second.
    idempotencyKey: text("idempotency_key").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    // Lower-cased, like users.email.
    email: text().notNull(),
    customerName: text("customer_name").notNull(),
    status: orderStatus().notNull(),
    paymentMethod: paymentMethod("payment_method").notNull(),
    shippingMethod: text("shipping_method").notNull(),
    shippingMethodLabel: text("shipping_method_label").notNull(),
    currency: char({ length: 3 }).notNull(),
    subtotalAmount: integer("subtotal_amount").notNull(),
    discountAmount: integer("discount_amount").notNull().default(0),
    shippingAmount: integer("shipping_amount").notNull(),
    taxAmount: integer("tax_amount").notNull(),
    totalAmount: integer("total_amount").notNull(),
    refundedAmount: integer("refunded_amount").notNull().default(0),
    // The tax rate applied to the goods, in basis points (for the receipt).
    taxBasisPoints: integer("tax_basis_points").notNull(),
    // Whether the prices included the tax (the UK, the EU): then taxAmount is the part of the
    // total that was tax, not an amount on top. taxLines say so on receipts, one per rate.
    pricesIncludeTax: boolean("prices_include_tax").notNull().default(false),
    taxLines: jsonb("tax_lines").$type<OrderTaxLine[]>().notNull().default([]),
    // No foreign key: the order keeps its code even if the discount is deleted.
    discountId: integer("discount_id"),
    discountCode: text("discount_code"),
    shippingAddress: jsonb("shipping_address").$type<OrderAddress>().notNull(),
    // A mobile number for texts, E.164 (lib/sms), and whether the shopper asked for shipping and
    // delivery texts (never ticked for them). Apart from the address's phone, which is the carrier's.
    phone: text(),
    smsOptIn: boolean("sms_opt_in").notNull().default(false),
    // The fraud check (lib/risk): at placement from what is known then, again when Stripe
    // reports the card payment's outcome. High and not approved = held: it cannot be packed or
    // shipped until staff approve it (riskApprovedAt) or cancel it.
    riskLevel: riskLevel("risk_level").notNull().default("normal"),
    riskScore: integer("risk_score").notNull().default(0),
    riskReasons: jsonb("risk_reasons").$type<RiskReason[]>().notNull().default([]),
    riskApprovedAt: timestamp("risk_approved_at", { withTimezone: true }),
    // The paying card as Stripe reports it: the same card on many orders is a velocity signal.
    cardFingerprint: text("card_fingerprint"),
    cardCountry: char("card_country", { length: 2 }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    packedAt: timestamp("packed_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    carrier: text(),
    trackingNumber: text("tracking_number"),
    trackingUrl: text("tracking_url"),
    // The carrier's shipment (EasyPost "shp_…") and the rate the shopper chose at checkout
    // (lib/carriers); the label bought for it when staff ship, and when a purchase was claimed
    // (set before the carrier is called, so a double click buys once).
    carrierShipmentId: text("carrier_shipment_id"),
    carrierRateId: text("carrier_rate_id"),
    labelUrl: text("label_url"),
    labelClaimedAt: timestamp("label_claimed_at", { withTimezone: true }),
    // Set once when the order's stock goes back on the shelf (cancelled, payment expired or
    // failed): the conditional update on it makes the release happen exactly once.
    stockReleasedAt: timestamp("stock_released_at", { withTimezone: true }),
    // Why staff must look at the order (e.g. paid after its stock was released); null when fine.
    needsAttention: text("needs_attention"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("orders_number_key").on(t.number),
    uniqueIndex("orders_access_token_key").on(t.accessToken),
    uniqueIndex("orders_idempotency_key_key").on(t.idempotencyKey),
    index("orders_user_created_idx").on(t.userId, t.createdAt),
    index("orders_status_created_idx").on(t.status, t.createdAt),
    index("orders_created_at_idx").on(t.createdAt),
    // The risk checks' look-ups: an email's earlier orders, a card's recent ones.
    index("orders_email_created_idx").on(t.email, t.createdAt),
    index("orders_card_fingerprint_idx").on(t.cardFingerprint, t.createdAt),
    // The carrier's tracking webhook finds its order by shipment, or by tracking number.
    index("orders_carrier_shipment_idx").on(t.carrierShipmentId),
    index("orders_tracking_number_idx").on(t.trackingNumber),
    check("orders_email_lower", sql`${t.email} = lower(${t.email})`),
    check(
      "orders_amounts_nonnegative",
      sql`${t.subtotalAmount} >= 0 AND ${t.discountAmount} >= 0 AND ${t.shippingAmount} >= 0 AND ${t.taxAmount} >= 0 AND ${t.refundedAmount} >= 0`,
    ),
    check("orders_discount_within_subtotal", sql`${t.discountAmount} <= ${t.subtotalAmount}`),
    check(
      "orders_total_adds_up",
      sql`${t.totalAmount} = ${t.subtotalAmount} - ${t.discountAmount} + ${t.shippingAmount} + CASE WHEN ${t.pricesIncludeTax} THEN 0 ELSE ${t.taxAmount} END`,
    ),
    check("orders_refund_within_total", sql`${t.refundedAmount} <= ${t.totalAmount}`),
    check("orders_phone_e164", sql`${t.phone} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    // Kept to return stock; null once the variant is deleted (the snapshot stays).
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
    productId: integer("product_id").references(() => products.id, { onDelete: "set null" }),
    productName: text("product_name").notNull(),
    variantTitle: text("variant_title").notNull(),
    sku: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    unitPrice: integer("unit_price").notNull(),
    quantity: integer().notNull(),
    // unitPrice × quantity, before the discount.
    lineSubtotal: integer("line_subtotal").notNull(),
    // This line's share of the order discount and of the tax on the goods.
    lineDiscount: integer("line_discount").notNull().default(0),
    lineTax: integer("line_tax").notNull().default(0),
    // How many of this line staff have refunded (item-level refunds).
    refundedQuantity: integer("refunded_quantity").notNull().default(0),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId, t.position),
    check("order_lines_quantity_positive", sql`${t.quantity} > 0`),
    check(
      "order_lines_refunded_quantity_valid",
      sql`${t.refundedQuantity} >= 0 AND ${t.refundedQuantity} <= ${t.quantity}`,
    ),
    check("order_lines_subtotal_adds_up", sql`${t.lineSubtotal} = ${t.unitPrice} * ${t.quantity}`),
    check(
      "order_lines_amounts_valid",
      sql`${t.unitPrice} >= 0 AND ${t.lineDiscount} >= 0 AND ${t.lineTax} >= 0 AND ${t.lineDiscount} <= ${t.lineSubtotal}`,
    ),
  ],
);

/** A receipt's tax line: "VAT 20%" and the amount. */
export type OrderTaxLine = { label: string; basisPoints: number; amount: number };

/** The tracking timeline and audit trail: one row per thing that happened to an order. */
export type OrderEventType =
  | "placed"
  | "payment_processing"
  | "paid"
  | "payment_failed"
  | "packed"
  | "shipped"
  | "delivered"
  | "cancelled"
  | "refunded"
  | "stock_released"
  | "stock_retaken"
  | "needs_attention"
  // Staff-only: where a checkout came from (a hashed IP, for the cap on open unpaid orders),
  // and the reminder that an unpaid bank transfer is about to be cancelled (once per order).
  | "placed_from"
  | "payment_reminder_sent"
  // Staff-only: a note staff wrote on the order (data.text).
  | "note"
  // Staff-only: the fraud check's result (data.level, score, reasons), and staff's approval of a held order.
  | "risk_assessed"
  | "risk_approved"
  // The carrier's tracking (lib/carriers): the parcel is moving, and out with the courier today.
  | "in_transit"
  | "out_for_delivery";

export type OrderActorKind = "customer" | "staff" | "stripe" | "system";

export const orderEvents = pgTable(
  "order_events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    type: text().$type<OrderEventType>().notNull(),
    actor: text().$type<OrderActorKind>().notNull(),
    // The staff user, or the Stripe event id.
    actorId: text("actor_id"),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // A staff form's key: the same click sent twice changes the order once.
    idempotencyKey: text("idempotency_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("order_events_order_idx").on(t.orderId, t.createdAt),
    uniqueIndex("order_events_idempotency_key_key").on(t.idempotencyKey),
  ],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderLine = typeof orderLines.$inferSelect;
export type NewOrderLine = typeof orderLines.$inferInsert;
export type OrderEvent = typeof orderEvents.$inferSelect;
export type NewOrderEvent = typeof orderEvents.$inferInsert;
