import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, outbox, outboxDeliveries } from "@/db/schema";
import { createUser, signInAs } from "./admin-helpers";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));
// The retry is what is tested here, not the delivery that follows it.
vi.mock("@/lib/events", async (original) => ({
  ...(await original<typeof import("@/lib/events")>()),
  kickDispatcher: vi.fn(async () => {}),
}));

const { retryEventAction } = await import("@/app/admin/events/actions");
const { listFailedEvents } = await import("@/lib/admin/event-reads");

describe("failed events", () => {
  it("staff put a failed event back in the queue once", async () => {
    signInAs(await createUser("staff"));
    const [row] = await db
      .insert(outbox)
      .values({
        name: "catalog/product.changed",
        payload: { productId: 1, change: "updated" },
        status: "failed",
        attempts: 8,
        lastError: "boom",
      })
      .returning();
    expect(await retryEventAction({ id: row!.id })).toMatchObject({ ok: true });
    expect((await db.select().from(outbox).where(eq(outbox.id, row!.id)))[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: null,
    });
    expect(await retryEventAction({ id: row!.id })).toMatchObject({ ok: false });
  });

  it("puts the given-up handlers back with the row, audited", async () => {
    const staff = await createUser("staff");
    signInAs(staff);
    const [row] = await db
      .insert(outbox)
      .values({
        name: "shop/user.registered",
        payload: { userId: "u-1", email: "a@example.com", name: "A" },
        status: "failed",
        attempts: 12,
      })
      .returning();
    await db.insert(outboxDeliveries).values({ eventId: row!.id, handler: "send-welcome-email", status: "abandoned" });
    expect(await retryEventAction({ id: row!.id })).toMatchObject({ ok: true });
    expect((await db.select().from(outboxDeliveries).where(eq(outboxDeliveries.eventId, row!.id)))[0]?.status).toBe(
      "failed",
    );
    expect(
      await db
        .select({ action: auditLog.action, actorId: auditLog.actorId })
        .from(auditLog)
        .where(eq(auditLog.entityId, row!.id)),
    ).toEqual([{ action: "event.retry", actorId: staff.id }]);
  });

  it("never shows staff the one-time link of a failed password-reset or verification event", async () => {
    signInAs(await createUser("staff"));
    const resetUrl = "http://localhost:3000/reset-password?token=secret-token-value";
    await db.insert(outbox).values({
      name: "shop/password.reset-requested",
      payload: { userId: "u-1", email: "admin@example.com", resetUrl, expiresAt: "2026-11-21T12:00:00Z" },
      status: "failed",
      attempts: 12,
    });
    const listed = JSON.stringify(await listFailedEvents());
    expect(listed).toContain("shop/password.reset-requested");
    expect(listed).not.toContain("secret-token-value");
  });
});
