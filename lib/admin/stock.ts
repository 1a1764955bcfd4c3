import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { products, productVariants, stockAdjustments } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";
import { MAX_STOCK, STOCK_CHANGE_RANGE } from "./limits";

/**
 * Adds `delta` (negative to remove) to a variant's stock with a reason, kept as history. The
 * update is one statement guarded on the result, so a concurrent checkout cannot be
 * overwritten and stock never goes below zero (the CHECK would refuse it anyway).
 */
export async function adjustStock(db: Db, actor: Actor, input: { variantId: number; delta: number; reason: string }) {
  assertStaff(actor);
  // Checked here too: the data layer is reachable without the action's schema.
  if (!Number.isInteger(input.delta) || Math.abs(input.delta) > MAX_STOCK) throw new AdminError("Please correct the highlighted fields.", { delta: [STOCK_CHANGE_RANGE] });
  return db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: productVariants.id, stock: productVariants.stock, sku: productVariants.sku, productId: productVariants.productId, slug: products.slug })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(productVariants.id, input.variantId));
    if (!variant) throw new AdminError("This variant no longer exists.");
    const [row] = await tx
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} + ${input.delta}`, updatedAt: new Date() })
      .where(and(eq(productVariants.id, input.variantId), input.delta > 0 ? sql`${productVariants.stock} + ${input.delta} <= ${MAX_STOCK}` : sql`${productVariants.stock} + ${input.delta} >= 0`))
      .returning({ stock: productVariants.stock });
    if (!row && input.delta > 0) throw new AdminError("Stock cannot go above 1,000,000.", { delta: [`${variant.stock} in stock now.`] });
    if (!row) throw new AdminError("Stock cannot go below zero.", { delta: [`Only ${variant.stock} in stock.`] });
    await tx.insert(stockAdjustments).values({ variantId: input.variantId, delta: input.delta, stockAfter: row.stock, reason: input.reason, actorId: actor.id });
    await recordAudit(tx, actor, { action: "stock.adjust", entity: "variant", entityId: input.variantId, before: { sku: variant.sku, stock: row.stock - input.delta }, after: { sku: variant.sku, stock: row.stock, reason: input.reason } });
    await enqueueEvent(tx, "catalog/product.changed", { productId: variant.productId, slug: variant.slug, change: "updated" });
    return { stock: row.stock, slug: variant.slug };
  });
}
