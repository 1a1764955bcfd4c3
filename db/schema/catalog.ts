import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
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

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

export const categories = pgTable(
  "categories",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer("parent_id").references((): AnyPgColumn => categories.id, {
      onDelete: "restrict",
    }),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("categories_slug_key").on(t.slug), index("categories_parent_idx").on(t.parentId)],
);

export type Specification = { name: string; value: string };

export const products = pgTable(
  "products",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    brand: text().notNull().default(""),
    description: text().notNull().default(""),
    // Ordered name/value pairs: order matters on the product page, so not an object.
    specifications: jsonb().$type<Specification[]>().notNull().default([]),
    status: productStatus().notNull().default("draft"),
    featured: boolean().notNull().default(false),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "restrict" }),
    // The variant editor's options in their order, e.g. [{ name: "Size", values: ["S", "M"] }];
    // each variant's `options` holds its value of each.
    options: jsonb().$type<ProductOption[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("products_slug_key").on(t.slug),
    index("products_category_idx").on(t.categoryId, t.status),
    index("products_status_created_idx").on(t.status, t.createdAt),
  ],
);

export const productVariants = pgTable(
  "product_variants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text().notNull(),
    title: text().notNull(),
    // e.g. { Size: "M", Colour: "Black" }; the option names come from the product's variants.
    options: jsonb().$type<Record<string, string>>().notNull().default({}),
    priceAmount: integer("price_amount").notNull(),
    currency: char({ length: 3 }).notNull(),
    compareAtAmount: integer("compare_at_amount"),
    stock: integer().notNull().default(0),
    // For weight-tiered shipping rates (lib/settings, shipping).
    weightGrams: integer("weight_grams").notNull().default(0),
    position: integer().notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("product_variants_sku_key").on(t.sku),
    index("product_variants_product_idx").on(t.productId),
    check("product_variants_stock_nonnegative", sql`${t.stock} >= 0`),
    check("product_variants_weight_nonnegative", sql`${t.weightGrams} >= 0`),
    check("product_variants_price_nonnegative", sql`${t.priceAmount} >= 0`),
    check(
      "product_variants_compare_at_above_price",
      sql`${t.compareAtAmount} IS NULL OR ${t.compareAtAmount} > ${t.priceAmount}`,
    ),
  ],
);

export const productImages = pgTable(
  "product_images",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    // A key in the media storage (lib/storage), served under /media/<path>.
    path: text().notNull(),
    alt: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull().default(0),
    // The variant this photo shows (its product page shows it first); null for all of them.
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);

/** One option of a product and its values, in the order the shopper sees them. */
export type ProductOption = { name: string; values: string[] };

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type ProductVariant = typeof productVariants.$inferSelect;
export type NewProductVariant = typeof productVariants.$inferInsert;
export type ProductImage = typeof productImages.$inferSelect;
export type NewProductImage = typeof productImages.$inferInsert;
