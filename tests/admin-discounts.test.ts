import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, discounts } from "@/db/schema";
import { createUser, form, signInAs } from "./admin-helpers";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { saveDiscountAction, setDiscountActiveAction } = await import("@/app/admin/discounts/actions");

beforeAll(async () => signInAs(await createUser("staff")));

describe("discount codes", () => {
  it("creates, edits and disables a code, audited", async () => {
    const created = await saveDiscountAction(
      form({ code: "spring10", kind: "percentage", value: "10", minSubtotal: "50", usageLimit: "100", active: "on" }),
    );
    expect(created).toMatchObject({ ok: true, data: { created: true } });
    const [row] = await db.select().from(discounts).where(eq(discounts.code, "SPRING10"));
    expect(row).toMatchObject({
      kind: "percentage",
      percentBasisPoints: 1000,
      minSubtotal: 5000,
      usageLimit: 100,
      active: true,
    });

    expect(
      await saveDiscountAction(
        form({ id: String(row!.id), code: "SPRING10", kind: "fixed", value: "5.00", active: "on" }),
      ),
    ).toMatchObject({ ok: true });
    expect((await db.select().from(discounts).where(eq(discounts.id, row!.id)))[0]).toMatchObject({
      kind: "fixed",
      amountOff: 500,
      percentBasisPoints: null,
      currency: "USD",
    });

    expect(await setDiscountActiveAction({ id: row!.id, active: "false" })).toMatchObject({ ok: true });
    expect((await db.select().from(discounts).where(eq(discounts.id, row!.id)))[0]?.active).toBe(false);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, "discount"));
    expect(audits.map((a) => a.action)).toEqual(["discount.create", "discount.update", "discount.disable"]);
    // The disable records what it changed from, not only what it changed to.
    expect(audits[2]).toMatchObject({
      before: { code: "SPRING10", active: true },
      after: { code: "SPRING10", active: false },
    });
  });

  it("refuses a taken code and bad values with field errors", async () => {
    expect(await saveDiscountAction(form({ code: "Spring10", kind: "percentage", value: "5" }))).toMatchObject({
      ok: false,
      fieldErrors: { code: ["Another discount uses this code."] },
    });
    expect(await saveDiscountAction(form({ code: "BIG", kind: "percentage", value: "150" }))).toMatchObject({
      ok: false,
      fieldErrors: { value: expect.any(Array) },
    });
    const tooBig = "Enter an amount of at most 10000000.00.";
    expect(
      await saveDiscountAction(form({ code: "HUGE", kind: "fixed", value: "99999999999", minSubtotal: "99999999999" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { value: [tooBig], minSubtotal: [tooBig] },
    });
    expect(
      await saveDiscountAction(
        form({ code: "HUGE", kind: "fixed", value: "5", usageLimit: "99999999999", perCustomerLimit: "99999999999" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        usageLimit: [expect.stringMatching(/at most 1,000,000/)],
        perCustomerLimit: [expect.stringMatching(/at most 1,000,000/)],
      },
    });
    expect(await db.select().from(discounts).where(eq(discounts.code, "HUGE"))).toHaveLength(0);
    expect(
      await saveDiscountAction(
        form({ code: "DATES", kind: "fixed", value: "1", startsAt: "2026-05-02", endsAt: "2026-05-01" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { endsAt: expect.any(Array) } });
  });
});
