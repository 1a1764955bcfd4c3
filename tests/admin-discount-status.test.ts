import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { createUser, signInAs } from "./admin-helpers";
import { insertDiscount } from "./helpers/checkout-fixtures";

// Staff see where each code stands without reading its dates and counters: scheduled,
// active, expired, used up or switched off, and can list only the codes in one state.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});

const { getDiscount, listDiscounts } = await import("@/lib/admin/discount-reads");

const day = 24 * 60 * 60 * 1000;
const percent = { kind: "percentage" as const, percentBasisPoints: 1000 };

describe("discount status", () => {
  it("names each case and filters by it", async () => {
    signInAs(await createUser("staff"));
    const codes = {
      scheduled: await insertDiscount(db, { ...percent, code: "LATER", startsAt: new Date(Date.now() + day) }),
      active: await insertDiscount(db, {
        ...percent,
        code: "NOW",
        startsAt: new Date(Date.now() - day),
        endsAt: new Date(Date.now() + day),
        usageLimit: 5,
        usedCount: 4,
      }),
      expired: await insertDiscount(db, {
        ...percent,
        code: "GONE",
        startsAt: new Date(Date.now() - 2 * day),
        endsAt: new Date(Date.now() - day),
      }),
      used_up: await insertDiscount(db, { ...percent, code: "ALLUSED", usageLimit: 3, usedCount: 3 }),
      inactive: await insertDiscount(db, { ...percent, code: "OFF", active: false, usageLimit: 1, usedCount: 1 }),
    };

    const { rows } = await listDiscounts();
    const statusOf = Object.fromEntries(rows.map((r) => [r.discount.code, r.status]));
    expect(statusOf).toEqual({
      LATER: "scheduled",
      NOW: "active",
      GONE: "expired",
      ALLUSED: "used_up",
      OFF: "inactive",
    });

    for (const [status, code] of Object.entries(codes)) {
      const filtered = await listDiscounts(1, { status: status as keyof typeof codes });
      expect(filtered.rows.map((r) => r.discount.code)).toEqual([code.code]);
      expect(filtered.total).toBe(1);
      expect(await getDiscount(code.id)).toMatchObject({ code: code.code, status });
    }
  });
});
