import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { createUser, signInAs } from "./admin-helpers";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn() }));
// The retry is what is tested here, not the delivery that follows it.
vi.mock("@/lib/events", async (original) => ({ ...(await original<typeof import("@/lib/events")>()), kickDispatcher: vi.fn(async () => {}) }));

const { retryEventAction } = await import("@/app/admin/events/actions");

describe("failed events", () => {
  it("staff put a failed event back in the queue once", async () => {
    signInAs(await createUser("staff"));
    const [row] = await db.insert(outbox).values({ name: "catalog/product.changed", payload: { productId: 1, change: "updated" }, status: "failed", attempts: 8, lastError: "boom" }).returning();
    expect(await retryEventAction({ id: row!.id })).toMatchObject({ ok: true });
    expect((await db.select().from(outbox).where(eq(outbox.id, row!.id)))[0]).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    expect(await retryEventAction({ id: row!.id })).toMatchObject({ ok: false });
  });
});
