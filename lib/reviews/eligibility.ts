import { and, desc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orderLines, orders, users } from "@/db/schema";

// Who may review a product: a shopper whose order with it was delivered. "Their" orders are
// the ones the account owns: its own, and guest orders placed with its email once that
// address is verified (the same rule as the order history, lib/orders/queries.ts).

export const NOT_A_BUYER = "Only shoppers who received this product can review it.";

/** The newest delivered order of the account holding the product, or null. */
export async function deliveredOrderWith(db: DbOrTx, userId: string, productId: number): Promise<number | null> {
  const verifiedEmail = sql`(select ${users.email} from ${users} where ${and(eq(users.id, userId), isNotNull(users.emailVerified))})`;
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(
      and(
        eq(orderLines.productId, productId),
        isNotNull(orders.deliveredAt),
        or(eq(orders.userId, userId), and(isNull(orders.userId), eq(orders.email, verifiedEmail))),
      ),
    )
    .orderBy(desc(orders.deliveredAt))
    .limit(1);
  return row?.id ?? null;
}
