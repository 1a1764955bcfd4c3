import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { orders } from "./orders";

// What the carrier said about an order's parcel (lib/carriers): one row per tracker webhook
// event. The event id is the key, so a webhook delivered twice is recorded, and acted on, once;
// the rows are also the carrier's events on the shopper's tracking page.

export const carrierEvents = pgTable(
  "carrier_events",
  {
    // The provider's event id (EasyPost's "evt_…").
    id: text().primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    // in_transit, out_for_delivery, delivered, pre_transit, or "other".
    status: text().notNull(),
    message: text().notNull(),
    location: text(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("carrier_events_order_idx").on(t.orderId, t.occurredAt)],
);

export type CarrierEvent = typeof carrierEvents.$inferSelect;
