import "server-only";
import { count, desc, eq, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { discounts } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import { ADMIN_PAGE_SIZE } from "./product-reads";

/** Where a code stands now, as the discount list shows and filters it. */
export const DISCOUNT_STATUSES = ["active", "scheduled", "expired", "used_up", "inactive"] as const;
export type DiscountStatus = (typeof DISCOUNT_STATUSES)[number];

export const discountStatusLabels: Record<DiscountStatus, string> = {
  active: "Active",
  scheduled: "Scheduled",
  expired: "Expired",
  used_up: "Used up",
  inactive: "Switched off",
};

export function isDiscountStatus(value: unknown): value is DiscountStatus {
  return DISCOUNT_STATUSES.some((s) => s === value);
}

// One status per code, the first that applies: switched off wins (staff decided), then the
// end date, then the usage limit, then a start still ahead. The bounds read as checkout's
// (lib/discounts/redeem.ts): a code starts at starts_at and stops at ends_at.
const status = sql<DiscountStatus>`case
  when not ${discounts.active} then 'inactive'
  when ${discounts.endsAt} is not null and ${discounts.endsAt} <= now() then 'expired'
  when ${discounts.usageLimit} is not null and ${discounts.usedCount} >= ${discounts.usageLimit} then 'used_up'
  when ${discounts.startsAt} is not null and ${discounts.startsAt} > now() then 'scheduled'
  else 'active' end`;

/**
 * Codes with their status and usage, newest first, a page at a time (optionally only one
 * status): uses counted by checkout, and what the code took off orders that were not cancelled.
 */
// Correlated subqueries name the outer table explicitly: drizzle leaves columns unqualified
// in a one-table select, where a bare "id" would bind to the inner table.
export async function listDiscounts(page = 1, filter: { status?: DiscountStatus } = {}) {
  await requireStaff("/admin/discounts");
  const where: SQL | undefined = filter.status ? sql`${status} = ${filter.status}` : undefined;
  const [counted] = await db.select({ n: count() }).from(discounts).where(where);
  const total = counted?.n ?? 0;
  const { page: current, pageCount, offset } = pageOf({ page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await db
    .select({
      discount: discounts,
      status,
      orders: sql<number>`(select count(*)::int from discount_redemptions r where r.discount_id = "discounts"."id")`,
      discounted: sql<number>`(select coalesce(sum(o.discount_amount), 0)::int from orders o where o.discount_id = "discounts"."id" and o.status <> 'cancelled')`,
    })
    .from(discounts)
    .where(where)
    .orderBy(desc(discounts.createdAt), desc(discounts.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { rows, page: current, pageCount, total };
}

export async function getDiscount(id: number) {
  await requireStaff(`/admin/discounts/${id}`);
  const [row] = await db.select({ discount: discounts, status }).from(discounts).where(eq(discounts.id, id));
  return row ? { ...row.discount, status: row.status } : null;
}
