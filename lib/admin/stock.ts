import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { products, productVariants, stockAdjustments } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError, isUniqueViolation } from "./errors";
import { MAX_STOCK, STOCK_CHANGE_RANGE } from "./limits";

type StockChange = { variantId: number; delta: number; reason: string; idempotencyKey?: string };

/**
 * Adds `delta` (negative to remove) to a variant's stock with a reason, kept as history. The
 * update is one statement guarded on the result, so a concurrent checkout cannot be
 * overwritten and stock never goes below zero (the CHECK would refuse it anyway). A change
 * carrying the key of one it already applied (the same form posted twice) changes nothing.
 */
export async function adjustStock(
  db: Db,
  actor: Actor,
  input: StockChange,
): Promise<{ stock: number; slug: string; applied: boolean }> {
  assertStaff(actor);
  // Checked here too: the data layer is reachable without the action's schema.
  if (!Number.isInteger(input.delta) || Math.abs(input.delta) > MAX_STOCK)
    throw new AdminError("Please correct the highlighted fields.", { delta: [STOCK_CHANGE_RANGE] });
  try {
    return await db.transaction(async (tx) => {
      const variant = await findVariant(tx, input.variantId);
      if (await appliedBefore(tx, input.idempotencyKey))
        return { stock: variant.stock, slug: variant.slug, applied: false };
      const [row] = await tx
        .update(productVariants)
        .set({ stock: sql`${productVariants.stock} + ${input.delta}`, updatedAt: new Date() })
        .where(
          and(
            eq(productVariants.id, input.variantId),
            input.delta > 0
              ? sql`${productVariants.stock} + ${input.delta} <= ${MAX_STOCK}`
              : sql`${productVariants.stock} + ${input.delta} >= 0`,
          ),
        )
        .returning({ stock: productVariants.stock });
      if (!row && input.delta > 0)
        throw new AdminError("Stock cannot go above 1,000,000.", { delta: [`${variant.stock} in stock now.`] });
      if (!row) throw new AdminError("Stock cannot go below zero.", { delta: [`Only ${variant.stock} in stock.`] });
      await tx.insert(stockAdjustments).values({
        variantId: input.variantId,
        delta: input.delta,
        stockAfter: row.stock,
        reason: input.reason,
        actorId: actor.id,
        idempotencyKey: input.idempotencyKey ?? null,
      });
      await recordAudit(tx, actor, {
        action: "stock.adjust",
        entity: "variant",
        entityId: input.variantId,
        before: { sku: variant.sku, stock: row.stock - input.delta },
        after: { sku: variant.sku, stock: row.stock, reason: input.reason },
      });
      await enqueueEvent(tx, "catalog/product.changed", {
        productId: variant.productId,
        slug: variant.slug,
        change: "updated",
      });
      return { stock: row.stock, slug: variant.slug, applied: true };
    });
  } catch (error) {
    // The same form posted twice at once: the second insert lost the race for the key.
    if (!isUniqueViolation(error, "stock_adjustments_idempotency_key_unique")) throw error;
    const variant = await findVariant(db, input.variantId);
    return { stock: variant.stock, slug: variant.slug, applied: false };
  }
}

async function findVariant(db: DbOrTx, variantId: number) {
  const [variant] = await db
    .select({
      id: productVariants.id,
      stock: productVariants.stock,
      sku: productVariants.sku,
      productId: productVariants.productId,
      slug: products.slug,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId));
  if (!variant) throw new AdminError("This variant no longer exists.");
  return variant;
}

/** Whether a stock change with this form key was already made. */
export async function appliedBefore(db: DbOrTx, idempotencyKey: string | undefined): Promise<boolean> {
  if (!idempotencyKey) return false;
  const [seen] = await db
    .select({ id: stockAdjustments.id })
    .from(stockAdjustments)
    .where(eq(stockAdjustments.idempotencyKey, idempotencyKey));
  return Boolean(seen);
}
