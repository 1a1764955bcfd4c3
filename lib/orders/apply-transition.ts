import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";
import { type NewOrder, type Order, type OrderEventType, orderEvents, orders, payments, refunds } from "@/db/schema";
import { releaseDiscountRedemption } from "@/lib/discounts";
import type { Refused } from "@/lib/errors";
import { enqueueStockChanges, enqueueTransitionEvent } from "./notify";
import { type MachineOrder, type OrderAction, planTransition, type TransitionInput } from "./state-machine";
import { lineLabel } from "./labels";
import { applyRefundLines, type RefundLine } from "./refund-lines";
import { loadOrderLines } from "./snapshot";
import { type StockMovement, releaseOrderStock } from "./stock";
import { appendOrderEvent, type OrderActor } from "./timeline";

export type TransitionOptions = TransitionInput & {
  actor: OrderActor;
  reason?: string;
  /** A staff form's key: repeating it changes nothing and returns the order. */
  idempotencyKey?: string;
  /** mark_paid: the bank transfer's or the PaymentIntent's reference, for the receipt. */
  paymentReference?: string;
  /** refund / cancel of a paid order: how the money went back. */
  refund?: { method: "stripe" | "manual"; stripeRefundId?: string };
  /** refund: the quantities of the order's lines it covers (./refunds.ts), and whether they go back in stock. */
  lines?: RefundLine[];
  restock?: boolean;
  /** Runs in the same transaction once the change is applied (e.g. the staff audit row). */
  onApplied?: (tx: Tx, change: { before: Order; after: Order }) => Promise<void>;
};

export type TransitionResult =
  { ok: true; order: Order; event: OrderEventType | null; stock: StockMovement[]; duplicate: boolean } | Refused;

export function machineOrder(order: Order): MachineOrder {
  return {
    status: order.status,
    paymentMethod: order.paymentMethod,
    paid: order.paidAt !== null,
    totalAmount: order.totalAmount,
    refundedAmount: order.refundedAmount,
    stockReleased: order.stockReleasedAt !== null,
    held: order.riskLevel === "high" && order.riskApprovedAt === null,
  };
}

export const unchanged = (order: Order): TransitionResult => ({
  ok: true,
  order,
  event: null,
  stock: [],
  duplicate: true,
});

/**
 * Applies one status change to an order whose row the caller has locked (loadOrder with
 * `lock`), in the caller's transaction: the order, the refund record, the stock, the
 * discount use, the timeline entry and the outbox event all commit together or not at all.
 */
/** True when a change with this form key was applied already (a double click, a retried post). */
export async function alreadyApplied(db: DbOrTx, idempotencyKey: string | undefined): Promise<boolean> {
  if (!idempotencyKey) return false;
  const [seen] = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(eq(orderEvents.idempotencyKey, idempotencyKey));
  return seen !== undefined;
}

export async function applyTransition(
  tx: Tx,
  order: Order,
  action: OrderAction,
  options: TransitionOptions,
): Promise<TransitionResult> {
  if (await alreadyApplied(tx, options.idempotencyKey)) return unchanged(order);
  const stripeRefundId = options.refund?.stripeRefundId;
  if (stripeRefundId) {
    const [known] = await tx.select({ id: refunds.id }).from(refunds).where(eq(refunds.stripeRefundId, stripeRefundId));
    // The same Stripe refund already recorded (the webhook and the staff action both saw it).
    if (known) return unchanged(order);
  }
  const result = planTransition(machineOrder(order), action, options.actor.kind, options);
  if (!result.ok) return result;
  const { plan } = result;
  const now = new Date();

  if (plan.refundAmount > 0) {
    const method = options.refund?.method ?? "manual";
    const [recorded] = await tx
      .insert(refunds)
      .values({
        orderId: order.id,
        amount: plan.refundAmount,
        currency: order.currency,
        method,
        stripeRefundId: options.refund?.stripeRefundId ?? null,
        reason: options.reason?.trim() || null,
        actor: options.actor.kind,
        actorId: options.actor.id ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: refunds.id });
    if (!recorded) return unchanged(order);
  }

  const set: Partial<NewOrder> = { status: plan.to, updatedAt: now };
  if (plan.setPaid) set.paidAt = now;
  if (plan.refundAmount > 0) set.refundedAmount = order.refundedAmount + plan.refundAmount;
  if (action === "pack") set.packedAt = now;
  if (action === "deliver") set.deliveredAt = now;
  if (action === "cancel") set.cancelledAt = now;
  if (action === "ship") {
    Object.assign(set, {
      shippedAt: now,
      carrier: options.carrier!.trim(),
      trackingNumber: options.trackingNumber!.trim(),
      trackingUrl: options.trackingUrl?.trim() || null,
    });
  }
  const [updated] = await tx.update(orders).set(set).where(eq(orders.id, order.id)).returning();
  if (!updated) throw new Error(`Order ${order.id} vanished during a status change`);

  if (plan.setPaid) {
    await tx
      .update(payments)
      .set({
        status: "succeeded",
        paidAt: now,
        reference: options.paymentReference ?? sql`${payments.reference}`,
        updatedAt: now,
      })
      .where(eq(payments.orderId, order.id));
  } else if (action === "cancel" && !plan.refundAmount) {
    await tx
      .update(payments)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(payments.orderId, order.id), sql`${payments.status} IN ('pending', 'processing')`));
  }

  // Refunded lines first: their quantities no longer count as held when the rest is released.
  const refunded =
    action === "refund" && options.lines?.length
      ? await applyRefundLines(tx, order.id, options.lines, options.restock ?? false)
      : { lines: [], stock: [] };
  const released = plan.releaseStock ? ((await releaseOrderStock(tx, order.id)) ?? []) : [];
  const stock = [...refunded.stock, ...released];
  // A cancelled order gives its discount use back; a refunded one keeps it (the order happened).
  if (action === "cancel") await releaseDiscountRedemption(tx, order.id);

  if (released.length > 0) {
    const names = new Map((await loadOrderLines(tx, order.id)).map((l) => [l.variantId, lineLabel(l)]));
    const lines = released.map((m) => ({ variantId: m.variantId, quantity: m.delta, name: names.get(m.variantId) }));
    await appendOrderEvent(tx, { orderId: order.id, type: "stock_released", actor: options.actor, data: { lines } });
  }
  await appendOrderEvent(tx, {
    orderId: order.id,
    type: plan.event,
    actor: options.actor,
    idempotencyKey: options.idempotencyKey,
    data: {
      ...(action === "ship"
        ? { carrier: updated.carrier, trackingNumber: updated.trackingNumber, trackingUrl: updated.trackingUrl }
        : {}),
      ...(plan.refundAmount > 0 ? { amount: plan.refundAmount, full: plan.fullyRefunded } : {}),
      ...(refunded.lines.length > 0 ? { lines: refunded.lines, restocked: options.restock ?? false } : {}),
      ...(options.refund?.method ? { method: options.refund.method } : {}),
      ...(options.reason?.trim() ? { reason: options.reason.trim() } : {}),
      ...(options.paymentReference ? { reference: options.paymentReference } : {}),
    },
  });
  await enqueueTransitionEvent(tx, action, updated, {
    at: now,
    refundAmount: plan.refundAmount,
    reason: options.reason,
    paymentReference: options.paymentReference,
  });
  await enqueueStockChanges(tx, stock);
  await options.onApplied?.(tx, { before: order, after: updated });
  return { ok: true, order: updated, event: plan.event, stock, duplicate: false };
}
