import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { outbox, outboxDeliveries } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { withoutSecretLinks } from "@/lib/events";

/** Background events that ran out of attempts, newest first, with the handlers that gave up. */
export async function listFailedEvents(limit = 100) {
  await requireStaff("/admin/events");
  const rows = await db
    .select()
    .from(outbox)
    .where(eq(outbox.status, "failed"))
    .orderBy(desc(outbox.updatedAt))
    .limit(limit);
  const ids = rows.map((r) => String(r.id));
  const deliveries = ids.length
    ? await db.select().from(outboxDeliveries).where(inArray(outboxDeliveries.eventId, ids))
    : [];
  return rows.map((row) => ({
    ...row,
    payload: withoutSecretLinks(row.name, row.payload),
    handlers: deliveries.filter((d) => d.eventId === String(row.id) && d.status !== "delivered"),
  }));
}
