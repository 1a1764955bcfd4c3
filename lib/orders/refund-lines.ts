import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { type OrderLine, orderLines } from "@/db/schema";
import { fieldRefusal, RefusalError, type Refused } from "@/lib/errors";
import { lineLabel } from "./labels";
import { loadOrderLines } from "./snapshot";
import { returnToStock, type StockMovement } from "./stock";

// The lines of a refund: which quantities of the order's lines are refunded and whether they
// go back on the shelf (./refunds.ts decides the money; ./apply-transition.ts calls this in
// the refund's transaction).

export type RefundLine = { lineId: number; quantity: number };

/** The input name of a line's quantity in the refund form (its errors are shown there). */
const refundQuantityField = (lineId: number) => `quantity-${lineId}`;

/** What can still be refunded of each line. */
export const refundableQuantity = (line: Pick<OrderLine, "quantity" | "refundedQuantity">) =>
  line.quantity - line.refundedQuantity;

/** Checks the chosen quantities against the order's lines; returns their value in minor units. */
export function valueOfRefundLines(
  lines: readonly OrderLine[],
  chosen: readonly RefundLine[],
): { ok: true; value: number } | Refused {
  let value = 0;
  for (const { lineId, quantity } of chosen) {
    const line = lines.find((l) => l.id === lineId);
    if (!line) return { ok: false, message: "That item is not on this order." };
    if (!Number.isSafeInteger(quantity) || quantity < 0)
      return { ok: false, ...fieldRefusal(refundQuantityField(lineId), "Enter a whole number of items.") };
    if (quantity > refundableQuantity(line)) {
      const left = refundableQuantity(line);
      const message = left === 0 ? "All of this item was refunded already." : `At most ${left} can be refunded.`;
      return { ok: false, ...fieldRefusal(refundQuantityField(lineId), message) };
    }
    value += line.unitPrice * quantity;
  }
  return { ok: true, value };
}

/**
 * In the refund's transaction: counts the quantities as refunded, at most what was bought
 * (a concurrent refund of the same line waits on the row and then finds less left), and puts
 * them back on the shelf when staff chose so. Lines in variant order, like every stock change.
 */
export async function applyRefundLines(
  tx: Tx,
  orderId: number,
  chosen: readonly RefundLine[],
  restock: boolean,
): Promise<{ lines: { name: string; quantity: number }[]; stock: StockMovement[] }> {
  const all = await loadOrderLines(tx, orderId);
  const wanted = chosen
    .map((c) => ({ ...c, line: all.find((l) => l.id === c.lineId) }))
    .sort((a, b) => (a.line?.variantId ?? 0) - (b.line?.variantId ?? 0));
  const lines: { name: string; quantity: number }[] = [];
  const stock: StockMovement[] = [];
  for (const { lineId, quantity, line } of wanted) {
    const [updated] = await tx
      .update(orderLines)
      .set({ refundedQuantity: sql`${orderLines.refundedQuantity} + ${quantity}` })
      .where(
        and(
          eq(orderLines.id, lineId),
          eq(orderLines.orderId, orderId),
          sql`${orderLines.refundedQuantity} + ${quantity} <= ${orderLines.quantity}`,
        ),
      )
      .returning({ id: orderLines.id });
    if (!updated || !line)
      throw new RefusalError(fieldRefusal(refundQuantityField(lineId), "More than is left of this item to refund."));
    lines.push({ name: lineLabel(line), quantity });
    if (restock && line.variantId !== null) {
      const moved = await returnToStock(tx, line.variantId, quantity);
      if (moved) stock.push(moved);
    }
  }
  return { lines, stock };
}
