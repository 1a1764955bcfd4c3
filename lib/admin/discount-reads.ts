import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { discountRedemptions, discounts, orders } from "@/db/schema";
import { requireStaff } from "@/lib/auth/session";

/** Every code with its usage: uses counted by checkout, and what it took off placed orders. */
export async function listDiscounts() {
  await requireStaff("/admin/discounts");
  return db
    .select({
      discount: discounts,
      orders: sql<number>`(select count(*)::int from ${discountRedemptions} where ${discountRedemptions.discountId} = ${discounts.id})`,
      discounted: sql<number>`(select coalesce(sum(${orders.discountAmount}), 0)::int from ${orders} where ${orders.discountId} = ${discounts.id})`,
    })
    .from(discounts)
    .orderBy(desc(discounts.createdAt));
}

export async function getDiscount(id: number) {
  await requireStaff(`/admin/discounts/${id}`);
  const [row] = await db.select().from(discounts).where(eq(discounts.id, id));
  return row ?? null;
}
