import { and, count, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";
import { discountRedemptions, discounts } from "@/db/schema";
import type { Money } from "@/lib/money";
import {
  type DiscountResult,
  type DiscountRule,
  discountMessages,
  evaluateDiscount,
  normalizeDiscountCode,
} from "./evaluate";

// Discount usage, enforced by the database inside the order transaction:
// - the total limit by one conditional UPDATE: under concurrency the row lock makes the
//   second checkout wait, then re-check `used_count < usage_limit` against the new count;
// - the per-customer limit by a unique (discount, customer, nth use) redemption row.
// A refusal here rolls the whole order back.

export async function findDiscountByCode(db: DbOrTx, code: string): Promise<DiscountRule | null> {
  const normalized = normalizeDiscountCode(code);
  if (!normalized || normalized.length > 64) return null;
  const [row] = await db.select().from(discounts).where(eq(discounts.code, normalized));
  return row ?? null;
}

/** How many orders this customer has placed with the code (for the shopper's message). */
export async function customerUses(db: DbOrTx, discountId: number, customerKey: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(discountRedemptions)
    .where(and(eq(discountRedemptions.discountId, discountId), eq(discountRedemptions.customerKey, customerKey)));
  return Number(row?.n ?? 0);
}

export type RedeemResult = { ok: true } | Extract<DiscountResult, { ok: false }>;

export function customerKeyFor(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Counts one use of the discount for this order, or says why it cannot. Call it in the
 * order's transaction, after the order row exists.
 */
export async function redeemDiscount(
  tx: Tx,
  input: { discountId: number; orderId: number; customerKey: string; subtotal: Money },
): Promise<RedeemResult> {
  const [taken] = await tx
    .update(discounts)
    .set({ usedCount: sql`${discounts.usedCount} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(discounts.id, input.discountId),
        eq(discounts.active, true),
        sql`(${discounts.usageLimit} IS NULL OR ${discounts.usedCount} < ${discounts.usageLimit})`,
        sql`(${discounts.startsAt} IS NULL OR ${discounts.startsAt} <= now())`,
        sql`(${discounts.endsAt} IS NULL OR ${discounts.endsAt} > now())`,
        sql`${discounts.minSubtotal} <= ${input.subtotal.amount}`,
      ),
    )
    .returning({ perCustomerLimit: discounts.perCustomerLimit });
  if (!taken) {
    // Say why, from the row as it is now.
    const [rule] = await tx.select().from(discounts).where(eq(discounts.id, input.discountId));
    const verdict = evaluateDiscount(rule ?? null, { subtotal: input.subtotal, now: new Date() });
    return verdict.ok ? { ok: false, reason: "used_up", message: discountMessages.used_up } : verdict;
  }

  let sequence: number | null = null;
  if (taken.perCustomerLimit !== null) {
    sequence = (await customerUses(tx, input.discountId, input.customerKey)) + 1;
    if (sequence > taken.perCustomerLimit)
      return { ok: false, reason: "customer_limit", message: discountMessages.customer_limit };
  }
  // A concurrent checkout by the same customer that claimed the same nth use wins; this
  // insert then does nothing (after waiting for it to commit) and the order is refused.
  const [redemption] = await tx
    .insert(discountRedemptions)
    .values({ discountId: input.discountId, orderId: input.orderId, customerKey: input.customerKey, sequence })
    .onConflictDoNothing()
    .returning({ id: discountRedemptions.id });
  if (!redemption) return { ok: false, reason: "customer_limit", message: discountMessages.customer_limit };
  return { ok: true };
}

/**
 * Gives a cancelled order's use of its code back, exactly once (the delete finds the
 * redemption only the first time).
 */
export async function releaseDiscountRedemption(tx: Tx, orderId: number): Promise<boolean> {
  const [deleted] = await tx
    .delete(discountRedemptions)
    .where(eq(discountRedemptions.orderId, orderId))
    .returning({ discountId: discountRedemptions.discountId });
  if (!deleted) return false;
  await tx
    .update(discounts)
    .set({ usedCount: sql`${discounts.usedCount} - 1`, updatedAt: sql`now()` })
    .where(and(eq(discounts.id, deleted.discountId), gt(discounts.usedCount, 0)));
  return true;
}
