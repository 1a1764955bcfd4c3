import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// The sent-email log: every email, in every mode, with what was rendered. It is also the
// idempotency record that keeps a retried job from sending the same email twice
// (lib/email/send-email.ts explains the states).

export const emailStatus = pgEnum("email_status", ["sending", "sent", "failed"]);

export const emails = pgTable(
  "emails",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // `${template}:${outbox event id}`, inserted before the provider is called.
    idempotencyKey: text("idempotency_key").notNull(),
    template: text().notNull(),
    recipient: text().notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    eventId: text("event_id"),
    // No foreign keys: users and orders live in modules with migrations of their own, and
    // the log must outlive a deleted account.
    userId: text("user_id"),
    orderId: integer("order_id"),
    // "resend" or "log" (the embedded default, which only records).
    provider: text().notNull(),
    providerMessageId: text("provider_message_id"),
    status: emailStatus().notNull().default("sending"),
    error: text(),
    attempts: integer().notNull().default(1),
    // When the current attempt took the row; a "sending" row older than the lease belongs
    // to an attempt that died.
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("emails_idempotency_key_key").on(t.idempotencyKey),
    index("emails_created_at_idx").on(t.createdAt),
    index("emails_order_id_idx").on(t.orderId),
    index("emails_user_id_idx").on(t.userId),
  ],
);

export type Email = typeof emails.$inferSelect;
export type NewEmail = typeof emails.$inferInsert;
export type EmailStatus = (typeof emailStatus.enumValues)[number];
