import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { db } from "@/db";
import { carts, outbox, outboxDeliveries, rateLimits, revokedSessions, users, userTokens } from "@/db/schema";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { runMaintenance } from "@/lib/maintenance/run";

// Daily housekeeping: what has served its purpose goes, what people still need stays.

const now = new Date("2026-11-21T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const resetPayload = {
  userId: "u-1",
  email: "ada@example.com",
  resetUrl: "http://localhost:3000/reset-password?token=secret",
  expiresAt: now.toISOString(),
};

async function event(values: Partial<typeof outbox.$inferInsert>) {
  const [row] = await db
    .insert(outbox)
    .values({ name: "shop/user.registered", payload: { userId: "u-1" }, ...values })
    .returning();
  return row!.id;
}
const exists = async (id: string) =>
  (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id))).length === 1;

beforeEach(async () => {
  await db.execute(sql`truncate ${outbox}, ${outboxDeliveries}, ${carts} cascade`);
  await db.execute(sql`truncate ${rateLimits}, ${revokedSessions}`);
  await db.delete(users).where(sql`true`);
});

it("prunes delivered events past retention and keeps recent, pending and failed ones for staff", async () => {
  const old = await event({ status: "delivered", deliveredAt: daysAgo(31) });
  const recent = await event({ status: "delivered", deliveredAt: daysAgo(2) });
  const failed = await event({ status: "failed", createdAt: daysAgo(90), lastError: "provider down" });
  const pending = await event({ status: "pending", createdAt: daysAgo(40) });
  await db.insert(outboxDeliveries).values([
    { eventId: old, handler: "send-welcome-email", status: "delivered", updatedAt: daysAgo(31) },
    { eventId: failed, handler: "send-welcome-email", status: "failed", updatedAt: daysAgo(90) },
  ]);

  const report = await runMaintenance(db, { now, carts: createPostgresCartStore(db) });

  expect(report.prunedEvents).toBe(1);
  expect([await exists(old), await exists(recent), await exists(failed), await exists(pending)]).toEqual([
    false,
    true,
    true,
    true,
  ]);
  expect(await db.select({ eventId: outboxDeliveries.eventId }).from(outboxDeliveries)).toEqual([{ eventId: failed }]);
});

it("removes one-time links from delivered events only; an undelivered email still has its link", async () => {
  const delivered = await event({
    name: "shop/password.reset-requested",
    payload: resetPayload,
    status: "delivered",
    deliveredAt: now,
  });
  const waiting = await event({ name: "shop/password.reset-requested", payload: resetPayload, status: "pending" });

  expect((await runMaintenance(db, { now, carts: createPostgresCartStore(db) })).scrubbedLinks).toBe(1);

  const payloadOf = async (id: string) =>
    (await db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.id, id)))[0]!.payload;
  expect(await payloadOf(delivered)).toEqual({ userId: "u-1", email: "ada@example.com", expiresAt: now.toISOString() });
  expect(await payloadOf(waiting)).toEqual(resetPayload);
});

it("deletes spent emailed tokens a week on, expired guest carts and ended rate-limit windows", async () => {
  const [user] = await db.insert(users).values({ email: "ada@example.com", name: "Ada" }).returning();
  const token = (hash: string, expiresAt: Date, usedAt: Date | null = null) => ({
    userId: user!.id,
    purpose: "reset_password" as const,
    tokenHash: hash,
    email: "ada@example.com",
    expiresAt,
    usedAt,
  });
  await db
    .insert(userTokens)
    .values([
      token("expired-long-ago", daysAgo(8)),
      token("used-long-ago", daysAgo(-1), daysAgo(8)),
      token("expired-yesterday", daysAgo(1)),
      token("live", daysAgo(-1)),
    ]);
  await db.insert(carts).values([
    { id: "guest-expired", expiresAt: new Date(Date.now() - 60_000) },
    { id: "guest-live", expiresAt: new Date(Date.now() + 86_400_000) },
    { id: "account", userId: user!.id, expiresAt: null },
  ]);
  await db.insert(rateLimits).values([
    { key: "login:ended", points: 3, expire: daysAgo(1) },
    { key: "login:open", points: 1, expire: daysAgo(-1) },
  ]);

  const report = await runMaintenance(db, { now, carts: createPostgresCartStore(db) });

  expect(report).toMatchObject({ prunedTokens: 2, expiredCarts: 1, prunedRateLimits: 1 });
  expect((await db.select({ hash: userTokens.tokenHash }).from(userTokens)).map((t) => t.hash).sort()).toEqual([
    "expired-yesterday",
    "live",
  ]);
  expect((await db.select({ id: carts.id }).from(carts)).map((c) => c.id).sort()).toEqual(["account", "guest-live"]);
  expect(await db.select({ key: rateLimits.key }).from(rateLimits)).toEqual([{ key: "login:open" }]);
});

it("running twice changes nothing more", async () => {
  await event({ status: "delivered", deliveredAt: daysAgo(31) });
  await runMaintenance(db, { now, carts: createPostgresCartStore(db) });
  expect(await runMaintenance(db, { now, carts: createPostgresCartStore(db) })).toEqual({
    expiredCarts: 0,
    scrubbedLinks: 0,
    prunedEvents: 0,
    prunedTokens: 0,
    prunedRateLimits: 0,
    prunedRevocations: 0,
    remindedBankTransfers: 0,
    cancelledBankTransfers: 0,
  });
});

it("forgets a logged-out session once every token that could carry its id has expired", async () => {
  await db.insert(revokedSessions).values([
    { sid: "expired", expiresAt: daysAgo(1) },
    { sid: "still-refused", expiresAt: daysAgo(-1) },
  ]);
  expect((await runMaintenance(db, { now, carts: createPostgresCartStore(db) })).prunedRevocations).toBe(1);
  expect(await db.select({ sid: revokedSessions.sid }).from(revokedSessions)).toEqual([{ sid: "still-refused" }]);
});
