import { z } from "zod";
import { RefusalError, fieldRefusal } from "@/lib/errors";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import {
  ORDER_ACTIONS,
  type Order,
  type RefundLine,
  type TransitionResult,
  loadOrder,
  orderStatusText,
  refundOrder,
  transitionOrder,
} from "@/lib/orders";
import { buyLabelAndShip } from "@/lib/carriers";
import { approveHeldOrder } from "@/lib/risk";
import type { AdminContext } from "./action";
import { assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";

// A staff change of an order's status or a refund, from the order page's forms: confirmation
// for cancel and refund, the refund's lines and amount, the audit row, and the message that
// says what was done.

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

export const orderActionSchema = z
  .object({
    orderId: z.coerce.number().int().positive(),
    action: z.enum(ORDER_ACTIONS),
    // One per rendered form: a double click or a retried post changes the order once.
    idempotencyKey: z.string().min(8).max(100),
    // Cancel and refund are applied only with this (the dialog's button, or the box without JavaScript).
    confirm: optionalText(10),
    // "yes": buy the carrier's label for the order's shipment instead of typing a tracking number.
    buyLabel: optionalText(10),
    carrier: optionalText(100),
    trackingNumber: optionalText(100),
    trackingUrl: optionalText(500),
    paymentReference: optionalText(200),
    amount: optionalText(20),
    refundMethod: z.enum(["stripe", "manual"]).optional(),
    restock: optionalText(10),
    reason: optionalText(500),
  })
  // The refund form's quantities, one input per line: `quantity-<line id>`.
  .catchall(z.unknown());

type OrderActionInput = z.infer<typeof orderActionSchema>;

const auditedFields = (order: Order) => ({
  status: order.status,
  paidAt: order.paidAt,
  refundedAmount: order.refundedAmount,
  carrier: order.carrier,
  trackingNumber: order.trackingNumber,
  labelUrl: order.labelUrl,
});

const CONFIRM_FIRST: Partial<Record<OrderActionInput["action"], string>> = {
  cancel: "Confirm that you want to cancel this order.",
  refund: "Confirm the refund before it is made.",
};

function refundLines(input: OrderActionInput): RefundLine[] {
  const lines: RefundLine[] = [];
  for (const [key, value] of Object.entries(input)) {
    const match = /^quantity-(\d{1,9})$/.exec(key);
    if (!match || typeof value !== "string" || value.trim() === "") continue;
    const quantity = /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (Number.isNaN(quantity)) throw new RefusalError(fieldRefusal(key, "Enter a whole number of items."));
    lines.push({ lineId: Number(match[1]), quantity });
  }
  return lines;
}

function parseAmount(input: OrderActionInput, currency: string): number | undefined {
  if (input.amount === undefined) return undefined;
  const parsed = parseMoneyInput(input.amount, currency);
  if (parsed === null || parsed <= 0) throw new RefusalError(fieldRefusal("amount", "Enter an amount such as 12.50."));
  return parsed;
}

function applyStatusChange(input: OrderActionInput, { actor, db }: AdminContext, before: Order) {
  const manualRefund = input.refundMethod === "manual" || before.paymentMethod !== "stripe";
  const refund = manualRefund ? { refund: { method: "manual" as const } } : {};
  const common = {
    actor: { kind: "staff" as const, id: actor.id },
    idempotencyKey: `${input.idempotencyKey}:${input.action}`,
    ...(input.reason ? { reason: input.reason } : {}),
    onApplied: (tx: Parameters<typeof recordAudit>[0], change: { before: Order; after: Order }) =>
      recordAudit(tx, actor, {
        action: `order.${input.action}`,
        entity: "order",
        entityId: change.before.id,
        before: auditedFields(change.before),
        after: auditedFields(change.after),
      }),
  };
  if (input.action === "refund") {
    const amount = parseAmount(input, before.currency);
    return refundOrder(db, input.orderId, {
      ...common,
      ...refund,
      lines: refundLines(input),
      restock: input.restock === "yes",
      ...(amount !== undefined ? { amount } : {}),
    });
  }
  if (input.action === "ship" && input.buyLabel === "yes") return buyLabelAndShip(db, input.orderId, common);
  return transitionOrder(db, input.orderId, input.action, {
    ...common,
    ...(input.carrier ? { carrier: input.carrier } : {}),
    ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
    ...(input.trackingUrl ? { trackingUrl: input.trackingUrl } : {}),
    ...(input.paymentReference ? { paymentReference: input.paymentReference } : {}),
    ...(input.action === "cancel" ? refund : {}),
  });
}

function doneMessage(
  result: Extract<TransitionResult, { ok: true }>,
  action: OrderActionInput["action"],
  before: Order,
) {
  if (result.duplicate) return "Already done: this form was sent before, nothing changed.";
  const { order } = result;
  const refunded = order.refundedAmount - before.refundedAmount;
  const money = refunded > 0 ? ` ${formatMoney({ amount: refunded, currency: order.currency })} refunded.` : "";
  if (action === "refund")
    return `Order ${order.number}: ${money.trim()}${order.status === "refunded" ? " Fully refunded." : ""}`;
  return `Order ${order.number}: ${orderStatusText(order.status)}.${money}`;
}

/** Applies the change through the orders module; its refusals are thrown as they are. */
export async function changeOrder(input: OrderActionInput, context: AdminContext) {
  const before = await loadOrder(context.db, input.orderId);
  if (!before) throw new AdminError("This order does not exist.");
  const confirmFirst = CONFIRM_FIRST[input.action];
  if (confirmFirst && input.confirm !== "yes") throw new RefusalError(fieldRefusal("confirm", confirmFirst));
  const result = await applyStatusChange(input, context, before);
  if (!result.ok) throw new RefusalError(result);
  return { ...result, message: doneMessage(result, input.action, before) };
}

export const approveOrderSchema = z.object({
  orderId: z.coerce.number().int().positive(),
  idempotencyKey: z.string().min(8).max(100),
});

/**
 * Staff approve a held order after reading its risk reasons (lib/risk): it may then be packed
 * and shipped. Audited in the same transaction; a form sent twice approves once.
 */
export async function approveOrder(input: z.infer<typeof approveOrderSchema>, { actor, db }: AdminContext) {
  assertStaff(actor);
  const result = await db.transaction(async (tx) => {
    const order = await loadOrder(tx, input.orderId, { lock: true });
    if (!order) return { ok: false as const, message: "This order does not exist." };
    const approved = await approveHeldOrder(tx, order, {
      actor: { kind: "staff", id: actor.id },
      idempotencyKey: `${input.idempotencyKey}:approve`,
    });
    if (approved.ok && !approved.duplicate) {
      const risk = (o: Order) => ({
        riskLevel: o.riskLevel,
        riskReasons: o.riskReasons,
        riskApprovedAt: o.riskApprovedAt,
      });
      await recordAudit(tx, actor, {
        action: "order.approve_risk",
        entity: "order",
        entityId: order.id,
        before: risk(order),
        after: risk(approved.order),
      });
    }
    return approved;
  });
  if (!result.ok) throw new RefusalError(result);
  const { order, duplicate } = result;
  return {
    order,
    message: duplicate
      ? "Already done: this form was sent before, nothing changed."
      : `Order ${order.number} approved: it can be packed and shipped.`,
  };
}
