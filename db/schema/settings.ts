import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The owner's settings (lib/settings): one row per section ("store", "shipping", "tax",
// "payments", "home"). The value is checked against the section's schema on every write and
// read; a section without a row reads as its defaults.
export const settings = pgTable("settings", {
  section: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
