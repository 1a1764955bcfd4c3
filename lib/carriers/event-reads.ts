import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { db as defaultDb, type DbOrTx } from "@/db";
import { carrierEvents } from "@/db/schema";

// What the carrier said about an order's parcel, newest first, for the shopper's order page.

export type CarrierEventView = { id: string; status: string; message: string; location: string | null; at: Date };

export async function listCarrierEvents(orderId: number, db: DbOrTx = defaultDb): Promise<CarrierEventView[]> {
  return db
    .select({
      id: carrierEvents.id,
      status: carrierEvents.status,
      message: carrierEvents.message,
      location: carrierEvents.location,
      at: carrierEvents.occurredAt,
    })
    .from(carrierEvents)
    .where(eq(carrierEvents.orderId, orderId))
    .orderBy(desc(carrierEvents.occurredAt), asc(carrierEvents.receivedAt))
    .limit(50);
}
