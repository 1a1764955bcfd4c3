import { sql } from "drizzle-orm";
import { char, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// The embedded cart store (lib/cart/store/postgres-store.ts). Production carts live in
// Redis; these tables hold the same data: variant ids and quantities, never prices to
// charge. The unit price seen when a line was added is kept only to tell the shopper
// "the price changed since you added this".

export const carts = pgTable(
  "carts",
  {
    // 128 random bits, base64url (lib/cart/cart-id.ts); it is the cart cookie's value.
    id: text().primaryKey(),
    // Set for an account's cart. No foreign key: accounts live in another module and an
    // account cart must survive that module's migrations; a lookup by user id is all we need.
    userId: text("user_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // Guest carts expire 30 days after last use; account carts (user_id set) never do.
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("carts_user_id_key").on(t.userId), index("carts_expires_at_idx").on(t.expiresAt)],
);

export const cartLines = pgTable(
  "cart_lines",
  {
    cartId: text("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    // No foreign key to product_variants, as in Redis: a deleted variant's line stays and
    // the cart page shows it as no longer available instead of it silently vanishing.
    variantId: integer("variant_id").notNull(),
    quantity: integer().notNull(),
    addedUnitAmount: integer("added_unit_amount").notNull(),
    addedCurrency: char("added_currency", { length: 3 }).notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cartId, t.variantId] }),
    check("cart_lines_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export type Cart = typeof carts.$inferSelect;
export type NewCart = typeof carts.$inferInsert;
export type CartLineRow = typeof cartLines.$inferSelect;
export type NewCartLineRow = typeof cartLines.$inferInsert;
