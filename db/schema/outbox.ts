import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The transactional outbox (docs/architecture.md, invariants): a state change and the event that
// announces it commit in one transaction; lib/outbox/dispatcher.ts delivers the rows later.

export const outboxStatus = pgEnum("outbox_status", ["pending", "processing", "delivered", "failed"]);

export const outbox = pgTable(
  "outbox",
  {
    // Also the Inngest event id, so Inngest drops a row that is sent twice. A uuid rather
    // than a serial: two databases (staging, a reset dev database) never reuse an id that
    // Inngest has already seen and would silently drop.
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    // The W3C trace context (`traceparent`) of the request that wrote the row, so the work it
    // causes joins that request's trace (lib/telemetry); null when tracing is off.
    traceContext: jsonb("trace_context").$type<Record<string, string>>(),
    status: outboxStatus().notNull().default("pending"),
    // Incremented when a dispatcher claims the row, so a row that crashes its process
    // still uses up attempts and cannot loop forever.
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // The lease of the dispatcher working on the row; after it passes, another one may
    // take the row over (its holder is presumed dead).
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    // Fencing token: a dispatcher whose lease was taken over cannot finish the row.
    claimToken: uuid("claim_token"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
    index("outbox_created_at_idx").on(t.createdAt),
    check("outbox_attempts_nonnegative", sql`${t.attempts} >= 0`),
  ],
);

// "abandoned": the handler failed in a way a retry cannot fix (e.g. the provider rejected
// the address); the other handlers of the same event still run.
export const outboxDeliveryStatus = pgEnum("outbox_delivery_status", ["delivered", "failed", "abandoned"]);

/**
 * One row per (event, handler): an event with two handlers whose second one failed is
 * retried for the second one only. In Inngest mode the functions write here too.
 */
export const outboxDeliveries = pgTable(
  "outbox_deliveries",
  {
    // The outbox row id, or whatever id Inngest gave an event sent from its dashboard;
    // hence text and no foreign key.
    eventId: text("event_id").notNull(),
    handler: text().notNull(),
    status: outboxDeliveryStatus().notNull(),
    attempts: integer().notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.handler] })],
);

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type OutboxStatus = (typeof outboxStatus.enumValues)[number];
export type OutboxDelivery = typeof outboxDeliveries.$inferSelect;
