import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { products } from "./catalog";

// The Postgres search engine's index (lib/search/postgres). One denormalised row per active
// product, rebuilt by the outbox handler and `npm run search:reindex`, so a search never
// joins the catalog or recomputes a tsvector at query time.

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export type SearchImage = { url: string; alt: string; width: number; height: number };

export const searchDocuments = pgTable(
  "search_documents",
  {
    productId: integer("product_id")
      .primaryKey()
      .references(() => products.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    name: text().notNull(),
    brand: text().notNull(),
    /** Root first, ending with the product's own category: filters match any ancestor. */
    categorySlugs: text("category_slugs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Lowest variant price in minor units, and that variant's compare-at price. */
    priceAmount: integer("price_amount").notNull(),
    compareAtAmount: integer("compare_at_amount"),
    currency: char({ length: 3 }).notNull(),
    priceBucket: text("price_bucket").notNull(),
    inStock: boolean("in_stock").notNull(),
    featured: boolean().notNull().default(false),
    image: jsonb().$type<SearchImage | null>(),
    /** The published reviews' average (null without any) and count (lib/reviews). */
    ratingAverage: real("rating_average"),
    reviewCount: integer("review_count").notNull().default(0),
    /** "option:value" of every variant in stock, lower-cased ("size:m", "colour:black"): the option facets. */
    optionValues: text("option_values")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Normalised name (lower case, no accents or hyphens): an exact-name match ranks first. */
    nameText: text("name_text").notNull(),
    /** name (A) · brand and categories (B) · options and specifications (C) · description (D). */
    document: tsvector().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    indexedAt: timestamp("indexed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // GIN indexes without the pending list (fastupdate): a search scans the whole unsorted
  // list on every query, and a rebuild left all 10,000 documents in it until a vacuum, so
  // the planner chose a 20 ms sequential scan over a sub-millisecond index scan. Browsing (no
  // query words) reads a page in sort order from the b-tree for its sort, or collects a
  // category's few documents through category_slugs (lib/search/postgres/browse-sql.ts).
  (t) => [
    index("search_documents_document_idx").using("gin", t.document).with({ fastupdate: false }),
    index("search_documents_category_slugs_idx").using("gin", t.categorySlugs).with({ fastupdate: false }),
    index("search_documents_option_values_idx").using("gin", t.optionValues).with({ fastupdate: false }),
    index("search_documents_browse_idx").on(t.featured.desc(), t.createdAt.desc(), t.productId.desc()),
    index("search_documents_newest_idx").on(t.createdAt.desc(), t.productId.desc()),
    index("search_documents_price_asc_idx").on(t.priceAmount, t.productId),
    index("search_documents_price_desc_idx").on(t.priceAmount.desc(), t.productId),
  ],
);

// How many documents share each combination of facet values, kept by triggers on
// search_documents (migration 0011): browsing without query words counts its facets from
// these few hundred rows instead of every document.
export const searchFacetCounts = pgTable(
  "search_facet_counts",
  {
    categorySlugs: text("category_slugs").array().notNull(),
    brand: text().notNull(),
    priceBucket: text("price_bucket").notNull(),
    inStock: boolean("in_stock").notNull(),
    products: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.categorySlugs, t.brand, t.priceBucket, t.inStock] })],
);

// Every word the index knows, for "did you mean" and typo correction: a misspelt query word
// is swapped for its nearest known words by trigram similarity before the full-text match.
export const searchTerms = pgTable(
  "search_terms",
  {
    term: text().primaryKey(),
    /** Products using the word, ten per name/brand/category use (lib/search/postgres/write.ts); breaks ties. */
    frequency: integer().notNull().default(1),
  },
  (t) => [index("search_terms_term_trgm_idx").using("gin", t.term.op("gin_trgm_ops")).with({ fastupdate: false })],
);

export type SearchDocumentRow = typeof searchDocuments.$inferSelect;
export type NewSearchDocumentRow = typeof searchDocuments.$inferInsert;
