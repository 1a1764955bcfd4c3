import { and, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, outboxDeliveries, rateLimits, revokedSessions, userTokens } from "@/db/schema";
import { SECRET_LINK_FIELDS } from "@/lib/events";

// How long housekeeping keeps what has served its purpose. The sent-email log and the audit
// log are records for people and are kept; these tables are machinery.
export const RETENTION = {
  /** Delivered outbox rows (and their per-handler rows): long enough to debug a complaint. */
  deliveredEventsDays: 30,
  /** Used or expired emailed tokens: kept a week so "this link has expired" stays accurate. */
  spentTokensDays: 7,
} as const;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Removes one-time links from delivered events' payloads. Returns how many rows changed. */
export async function scrubDeliveredLinks(db: Db): Promise<number> {
  let scrubbed = 0;
  for (const [name, field] of Object.entries(SECRET_LINK_FIELDS)) {
    const rows = await db
      .update(outbox)
      .set({ payload: sql`${outbox.payload} - ${field}::text` })
      .where(
        and(
          sql`${outbox.name} = ${name}`,
          sql`${outbox.status} = 'delivered'`,
          sql`${outbox.payload} ? ${field}::text`,
        ),
      )
      .returning({ id: outbox.id });
    scrubbed += rows.length;
  }
  return scrubbed;
}

/** Deletes delivered outbox rows and per-handler records past retention; failed ones stay for staff. */
export async function pruneDeliveredEvents(db: Db, now: Date): Promise<number> {
  const cutoff = daysBefore(now, RETENTION.deliveredEventsDays);
  const deleted = await db
    .delete(outbox)
    .where(and(sql`${outbox.status} = 'delivered'`, lt(outbox.deliveredAt, cutoff)))
    .returning({ id: outbox.id });
  await db
    .delete(outboxDeliveries)
    .where(and(inArray(outboxDeliveries.status, ["delivered", "abandoned"]), lt(outboxDeliveries.updatedAt, cutoff)));
  return deleted.length;
}

export async function pruneSpentTokens(db: Db, now: Date): Promise<number> {
  const cutoff = daysBefore(now, RETENTION.spentTokensDays);
  const deleted = await db
    .delete(userTokens)
    .where(or(lt(userTokens.expiresAt, cutoff), and(isNotNull(userTokens.usedAt), lt(userTokens.usedAt, cutoff))))
    .returning({ id: userTokens.id });
  return deleted.length;
}

/** Rate-limit rows (the database store, used without Redis) whose window has ended. */
export async function pruneExpiredRateLimits(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.expire, now)).returning({ key: rateLimits.key });
  return deleted.length;
}

/** Logged-out session ids whose tokens have all expired: nothing left for them to refuse. */
export async function pruneExpiredRevocations(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(revokedSessions)
    .where(lt(revokedSessions.expiresAt, now))
    .returning({ sid: revokedSessions.sid });
  return deleted.length;
}
