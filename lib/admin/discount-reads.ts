import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { discounts } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import { ADMIN_PAGE_SIZE } from "./product-reads";

/**
 * Codes with their usage, newest first, a page at a time: uses counted by checkout, and
 * what the code took off orders that were not cancelled.
 */
// Correlated subqueries name the outer table explicitly: drizzle leaves columns unqualified
// in a one-table select, where a bare "id" would bind to the inner table.
export async function listDiscounts(page = 1) {
  await requireStaff("/admin/discounts");
  const total = await db.$count(discounts);
  const { page: current, pageCount, offset } = pageOf({ page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await db
    .select({
      discount: discounts,
      orders: sql<number>`(select count(*)::int from discount_redemptions r where r.discount_id = "discounts"."id")`,
      discounted: sql<number>`(select coalesce(sum(o.discount_amount), 0)::int from orders o where o.discount_id = "discounts"."id" and o.status <> 'cancelled')`,
    })
    .from(discounts)
    .orderBy(desc(discounts.createdAt), desc(discounts.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { rows, page: current, pageCount };
}

export async function getDiscount(id: number) {
  await requireStaff(`/admin/discounts/${id}`);
  const [row] = await db.select().from(discounts).where(eq(discounts.id, id));
  return row ?? null;
}
