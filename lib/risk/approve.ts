import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { type Order, orders } from "@/db/schema";
import type { Refused } from "@/lib/errors";
import { alreadyApplied, appendOrderEvent, type OrderActor } from "@/lib/orders";

// A held order (high risk, not yet approved) waits for a person: approving it lets it be packed
// and shipped like any other; the alternative is cancelling it (a paid card order is refunded
// through the usual cancel). The caller locks the order and writes the audit row.

export type ApproveResult = { ok: true; order: Order; duplicate: boolean } | Refused;

// Still open: a held order that was cancelled or refunded waits for nobody.
const OPEN: readonly Order["status"][] = ["awaiting_payment", "placed", "paid"];

/** Waiting for staff: high risk, not approved, not yet closed (the admin list's `held` says the same in SQL). */
export function isHeld(order: Pick<Order, "riskLevel" | "riskApprovedAt" | "status">): boolean {
  return order.riskLevel === "high" && order.riskApprovedAt === null && OPEN.includes(order.status);
}

export async function approveHeldOrder(
  tx: Tx,
  order: Order,
  options: { actor: OrderActor; idempotencyKey?: string },
): Promise<ApproveResult> {
  if (await alreadyApplied(tx, options.idempotencyKey)) return { ok: true, order, duplicate: true };
  if (order.riskApprovedAt) return { ok: false, message: "This order was already approved after its risk review." };
  if (order.riskLevel !== "high")
    return { ok: false, message: "This order is not held, so there is nothing to approve." };
  if (order.status === "cancelled" || order.status === "refunded")
    return { ok: false, message: "This order is closed; there is nothing to approve." };
  const now = new Date();
  const [updated] = await tx
    .update(orders)
    .set({ riskApprovedAt: now, updatedAt: now })
    .where(eq(orders.id, order.id))
    .returning();
  if (!updated) throw new Error(`Order ${order.id} vanished during its approval`);
  await appendOrderEvent(tx, {
    orderId: order.id,
    type: "risk_approved",
    actor: options.actor,
    idempotencyKey: options.idempotencyKey,
    data: { reasons: order.riskReasons.map((r) => r.text) },
  });
  return { ok: true, order: updated, duplicate: false };
}
