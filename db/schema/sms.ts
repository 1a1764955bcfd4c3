import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// Texts (lib/sms): the sent-text log, which is also the idempotency record that keeps a retried
// job from texting twice (lib/sms/send-sms.ts explains the states), and the numbers that replied
// STOP. Numbers are E.164 ("+14155550100") everywhere.

export const smsStatus = pgEnum("sms_status", ["sending", "sent", "failed"]);

export const smsMessages = pgTable(
  "sms_messages",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    // `${template}:${outbox event id}`, inserted before the provider is called.
    idempotencyKey: text("idempotency_key").notNull(),
    template: text().notNull(),
    recipient: text().notNull(),
    body: text().notNull(),
    eventId: text("event_id"),
    // No foreign key, like emails.order_id: the log outlives the order.
    orderId: integer("order_id"),
    // "twilio" or "log" (the embedded default, which only records).
    provider: text().notNull(),
    providerMessageId: text("provider_message_id"),
    status: smsStatus().notNull().default("sending"),
    error: text(),
    attempts: integer().notNull().default(1),
    // When the current attempt took the row; a "sending" row older than the lease belongs to an
    // attempt that died.
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sms_messages_idempotency_key_key").on(t.idempotencyKey),
    index("sms_messages_created_at_idx").on(t.createdAt),
    index("sms_messages_order_id_idx").on(t.orderId),
  ],
);

/** Numbers that replied STOP (Twilio's inbound webhook); START deletes the row. */
export const smsOptOuts = pgTable("sms_opt_outs", {
  phone: text().primaryKey(),
  // The inbound message that asked, for the record.
  messageSid: text("message_sid"),
  optedOutAt: timestamp("opted_out_at", { withTimezone: true }).notNull().defaultNow(),
});

export type SmsMessage = typeof smsMessages.$inferSelect;
export type SmsStatus = (typeof smsStatus.enumValues)[number];
