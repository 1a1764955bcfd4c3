import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { discounts } from "@/db/schema";
import { requireStaff } from "@/lib/auth/session";

/** Every code with its usage: uses counted by checkout, and what it took off placed orders. */
// Correlated subqueries name the outer table explicitly: drizzle leaves columns unqualified
// in a one-table select, where a bare "id" would bind to the inner table.
export async function listDiscounts() {
  await requireStaff("/admin/discounts");
  return db
    .select({
      discount: discounts,
      orders: sql<number>`(select count(*)::int from discount_redemptions r where r.discount_id = "discounts"."id")`,
      discounted: sql<number>`(select coalesce(sum(o.discount_amount), 0)::int from orders o where o.discount_id = "discounts"."id")`,
    })
    .from(discounts)
    .orderBy(desc(discounts.createdAt));
}

export async function getDiscount(id: number) {
  await requireStaff(`/admin/discounts/${id}`);
  const [row] = await db.select().from(discounts).where(eq(discounts.id, id));
  return row ?? null;
}
