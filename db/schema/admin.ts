import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { productVariants } from "./catalog";

// Staff actions leave a trail: who did what to which record, and the record before and
// after, as JSON. Rows are never updated; the actor stays when the user is deleted (set null
// would lose who did it, so the id is kept as plain text beside the nullable reference).
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorEmail: text("actor_email").notNull(),
    // e.g. "product.update", "category.move", "stock.adjust"
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb().$type<unknown>(),
    after: jsonb().$type<unknown>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId, t.createdAt),
    index("audit_log_created_idx").on(t.createdAt),
  ],
);

// Every manual stock change with its reason; checkout's own stock moves live with orders.
export const stockAdjustments = pgTable(
  "stock_adjustments",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    delta: integer().notNull(),
    stockAfter: integer("stock_after").notNull(),
    reason: text().notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    // The staff form's key (one per rendered form): a form posted twice applies once.
    idempotencyKey: text("idempotency_key").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stock_adjustments_variant_idx").on(t.variantId, t.createdAt)],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
export type StockAdjustment = typeof stockAdjustments.$inferSelect;
