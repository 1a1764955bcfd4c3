import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { products, productVariants } from "./catalog";

// A signed-in shopper's wishlist (lib/wishlist): one row per product, with the variant they
// picked when they had picked one. Guests keep theirs in the browser until they sign in.
// `notified_at` is when the back-in-stock email went out; it is cleared when the wished-for
// item sells out again, so each return to stock sends one email.
export const wishlistItems = pgTable(
  "wishlist_items",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.productId] }),
    index("wishlist_items_product_idx").on(t.productId),
    index("wishlist_items_variant_idx").on(t.variantId),
  ],
);
