import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { discounts } from "@/db/schema";
import { createUser, signInAs } from "./admin-helpers";

// The admin lists page 25 rows at a time through one helper (lib/paging.ts): what staff see
// on the first, last, and a past-the-end page, shown on the discount codes list.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});

const { listDiscounts } = await import("@/lib/admin/discount-reads");

beforeAll(async () => {
  signInAs(await createUser("staff"));
  const base = Date.parse("2026-01-01T00:00:00Z");
  await db.insert(discounts).values(
    Array.from({ length: 26 }, (_, i) => ({
      code: `PAGE${String(i + 1).padStart(2, "0")}`,
      kind: "percentage" as const,
      percentBasisPoints: 1000,
      createdAt: new Date(base + i * 60_000),
    })),
  );
});

describe("the discount codes list", () => {
  it("shows 25 codes, newest first, and counts two pages for 26", async () => {
    const first = await listDiscounts(1);
    expect(first).toMatchObject({ page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]?.discount.code).toBe("PAGE26");
  });

  it("puts the oldest code alone on the last page", async () => {
    const last = await listDiscounts(2);
    expect(last).toMatchObject({ page: 2, pageCount: 2 });
    expect(last.rows.map((r) => r.discount.code)).toEqual(["PAGE01"]);
  });

  it("reads a zero or negative page as the first", async () => {
    for (const page of [0, -3]) {
      const result = await listDiscounts(page);
      expect(result.page).toBe(1);
      expect(result.rows[0]?.discount.code).toBe("PAGE26");
    }
  });

  it("keeps a page past the end as asked, with no codes on it", async () => {
    expect(await listDiscounts(7)).toMatchObject({ page: 7, pageCount: 2, rows: [] });
  });
});
