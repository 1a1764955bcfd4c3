import { and, asc, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderLines, orders, productVariants } from "@/db/schema";

// Stock held by an order goes back on the shelf exactly once: the release first claims the
// order's `stock_released_at` with a conditional update (the row lock makes a concurrent
// second release wait and then find it set), and only the winner adds the quantities back.
// Lines are visited in variant id order, the order every stock change takes its row locks
// in, so two transactions never wait on each other in a cycle.

export type StockMovement = { variantId: number; productId: number; stock: number; delta: number };

// A refunded quantity's stock was settled by its refund (returned to the shelf or not, as
// staff chose: ./refunds.ts), so only the rest of each line is held.
async function heldLines(tx: Tx, orderId: number) {
  const rows = await tx
    .select({
      variantId: orderLines.variantId,
      quantity: sql<number>`${orderLines.quantity} - ${orderLines.refundedQuantity}`.mapWith(Number),
    })
    .from(orderLines)
    .where(and(eq(orderLines.orderId, orderId), isNotNull(orderLines.variantId)))
    .orderBy(asc(orderLines.variantId));
  return rows.filter((line) => line.quantity > 0);
}

/** Puts `quantity` of a variant back on the shelf (a refunded line returned to stock). */
export async function returnToStock(tx: Tx, variantId: number, quantity: number): Promise<StockMovement | null> {
  const [row] = await tx
    .update(productVariants)
    .set({ stock: sql`${productVariants.stock} + ${quantity}`, updatedAt: sql`now()` })
    .where(eq(productVariants.id, variantId))
    .returning({ variantId: productVariants.id, productId: productVariants.productId, stock: productVariants.stock });
  return row ? { ...row, delta: quantity } : null;
}

/** Returns the order's stock to the shelf; null when it was already returned. */
export async function releaseOrderStock(tx: Tx, orderId: number): Promise<StockMovement[] | null> {
  const [claimed] = await tx
    .update(orders)
    .set({ stockReleasedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(orders.id, orderId), isNull(orders.stockReleasedAt)))
    .returning({ id: orders.id });
  if (!claimed) return null;
  const moved: StockMovement[] = [];
  for (const line of await heldLines(tx, orderId)) {
    const row = await returnToStock(tx, line.variantId!, line.quantity);
    if (row) moved.push(row);
  }
  return moved;
}

export class StockUnavailableError extends Error {
  constructor(readonly variantId: number) {
    super(`Not enough stock of variant ${variantId} to hold the order again`);
    this.name = "StockUnavailableError";
  }
}

/**
 * Takes a released order's stock again (a payment that arrived after its hold lapsed), all
 * or nothing: in a savepoint, so a line that cannot be had undoes the lines before it and
 * the caller's transaction goes on. Returns null when the stock is not there.
 */
export async function retakeOrderStock(tx: Tx, orderId: number): Promise<StockMovement[] | null> {
  try {
    return await tx.transaction(async (savepoint) => {
      const moved: StockMovement[] = [];
      for (const line of await heldLines(savepoint, orderId)) {
        const [row] = await savepoint
          .update(productVariants)
          .set({ stock: sql`${productVariants.stock} - ${line.quantity}`, updatedAt: sql`now()` })
          .where(and(eq(productVariants.id, line.variantId!), gte(productVariants.stock, line.quantity)))
          .returning({
            variantId: productVariants.id,
            productId: productVariants.productId,
            stock: productVariants.stock,
          });
        if (!row) throw new StockUnavailableError(line.variantId!);
        moved.push({ ...row, delta: -line.quantity });
      }
      await savepoint
        .update(orders)
        .set({ stockReleasedAt: null, updatedAt: sql`now()` })
        .where(eq(orders.id, orderId));
      return moved;
    });
  } catch (error) {
    if (error instanceof StockUnavailableError) return null;
    throw error;
  }
}

/** Products whose in-stock flag flipped with these movements: the search index must hear of them. */
export function productsCrossingZero(moves: readonly StockMovement[]): number[] {
  const ids = moves.filter((m) => m.stock === 0 || m.stock - m.delta === 0).map((m) => m.productId);
  return [...new Set(ids)];
}
