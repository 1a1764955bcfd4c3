"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { AdminError, adminAction, recordAudit } from "@/lib/admin";
import { RefusalError, fieldRefusal } from "@/lib/errors";
import { parseMoneyInput } from "@/lib/money";
import {
  ORDER_ACTIONS,
  type Order,
  invalidateStockCaches,
  loadOrder,
  orderStatusText,
  transitionOrder,
} from "@/lib/orders";

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

const orderActionSchema = z.object({
  orderId: z.coerce.number().int().positive(),
  action: z.enum(ORDER_ACTIONS),
  // One per rendered form: a double click or a retried post changes the order once.
  idempotencyKey: z.string().min(8).max(100),
  carrier: optionalText(100),
  trackingNumber: optionalText(100),
  trackingUrl: optionalText(500),
  paymentReference: optionalText(200),
  amount: optionalText(20),
  refundMethod: z.enum(["stripe", "manual"]).optional(),
  reason: optionalText(500),
});

const auditedFields = (order: Order) => ({
  status: order.status,
  paidAt: order.paidAt,
  refundedAmount: order.refundedAmount,
  carrier: order.carrier,
  trackingNumber: order.trackingNumber,
});

/** Every staff order change goes through the orders module's transitionOrder; its refusals are shown as they are. */
export const orderTransitionAction = adminAction(
  orderActionSchema,
  async (input, { actor, db }) => {
    const before = await loadOrder(db, input.orderId);
    if (!before) throw new AdminError("This order does not exist.");
    let amount: number | undefined;
    if (input.amount !== undefined) {
      const parsed = parseMoneyInput(input.amount, before.currency);
      if (parsed === null || parsed <= 0)
        throw new RefusalError(fieldRefusal("amount", "Enter an amount such as 12.50."));
      amount = parsed;
    }
    const manualRefund = input.refundMethod === "manual" || before.paymentMethod !== "stripe";
    const result = await transitionOrder(db, input.orderId, input.action, {
      actor: { kind: "staff", id: actor.id },
      idempotencyKey: `${input.idempotencyKey}:${input.action}`,
      ...(input.carrier ? { carrier: input.carrier } : {}),
      ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
      ...(input.trackingUrl ? { trackingUrl: input.trackingUrl } : {}),
      ...(input.paymentReference ? { paymentReference: input.paymentReference } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(amount !== undefined ? { amount } : {}),
      ...((input.action === "refund" || input.action === "cancel") && manualRefund
        ? { refund: { method: "manual" as const } }
        : {}),
      onApplied: (tx, change) =>
        recordAudit(tx, actor, {
          action: `order.${input.action}`,
          entity: "order",
          entityId: change.before.id,
          before: auditedFields(change.before),
          after: auditedFields(change.after),
        }),
    });
    if (!result.ok) throw new RefusalError(result);
    if (!result.duplicate) await invalidateStockCaches(result.stock);
    refresh(); // the page re-renders with the new status and a fresh form key
    return {
      status: result.order.status,
      message: result.duplicate
        ? "Already done."
        : `Order ${result.order.number}: ${orderStatusText(result.order.status)}.`,
    };
  },
  ({ message }) => message,
);
