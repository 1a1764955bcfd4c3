import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { products } from "./catalog";
import { orders } from "./orders";

// "Frequently bought together" (lib/recommendations): how many paid orders held both products.
// Both directions are stored, so one index scan answers "bought with X". The handler of
// `shop/order.paid` adds an order once: `co_purchase_orders` records the orders counted.

export const coPurchases = pgTable(
  "co_purchases",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    otherProductId: integer("other_product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    orders: integer().notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherProductId] }),
    index("co_purchases_product_orders_idx").on(t.productId, t.orders),
    check("co_purchases_distinct", sql`${t.productId} <> ${t.otherProductId}`),
    check("co_purchases_orders_positive", sql`${t.orders} > 0`),
  ],
);

export const coPurchaseOrders = pgTable("co_purchase_orders", {
  orderId: integer("order_id")
    .primaryKey()
    .references(() => orders.id, { onDelete: "cascade" }),
  countedAt: timestamp("counted_at", { withTimezone: true }).notNull().defaultNow(),
});
