import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { products } from "./catalog";
import { orders } from "./orders";

// Shoppers' reviews (lib/reviews). One per shopper and product, written only by a buyer whose
// order with the product was delivered (`order_id` is that order: the "verified purchase").
// "pending" reviews wait for a moderator when the store holds new reviews; "hidden" ones were
// taken down with a reason. Only "published" ones count in the product's rating.

export const reviewStatus = pgEnum("review_status", ["pending", "published", "hidden"]);

export const reviews = pgTable(
  "reviews",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    rating: smallint().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    // The name shown with the review, chosen when it is written.
    authorName: text("author_name").notNull(),
    status: reviewStatus().notNull(),
    hiddenReason: text("hidden_reason"),
    reply: text(),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    helpfulCount: integer("helpful_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reviews_product_user_key").on(t.productId, t.userId),
    index("reviews_product_status_created_idx").on(t.productId, t.status, t.createdAt),
    index("reviews_status_created_idx").on(t.status, t.createdAt),
    check("reviews_rating_range", sql`${t.rating} BETWEEN 1 AND 5`),
    check("reviews_helpful_nonnegative", sql`${t.helpfulCount} >= 0`),
  ],
);

/** "Was this helpful?": one vote per shopper and review. */
export const reviewVotes = pgTable(
  "review_votes",
  {
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] })],
);

/**
 * The published reviews' summary per product, kept in the transaction that changes a review:
 * cards, search and JSON-LD read it without counting. `stars_n` is the count of n-star reviews.
 */
export const productRatings = pgTable(
  "product_ratings",
  {
    productId: integer("product_id")
      .primaryKey()
      .references(() => products.id, { onDelete: "cascade" }),
    reviewCount: integer("review_count").notNull().default(0),
    ratingSum: integer("rating_sum").notNull().default(0),
    stars1: integer("stars_1").notNull().default(0),
    stars2: integer("stars_2").notNull().default(0),
    stars3: integer("stars_3").notNull().default(0),
    stars4: integer("stars_4").notNull().default(0),
    stars5: integer("stars_5").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("product_ratings_counts_nonnegative", sql`${t.reviewCount} >= 0 AND ${t.ratingSum} >= 0`)],
);

/** Shoppers who asked for no more "how was it?" emails (the link in the review request). */
export const reviewRequestOptOuts = pgTable("review_request_opt_outs", {
  email: text().primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
