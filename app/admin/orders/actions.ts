"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { AdminError, adminAction, type AdminContext, recordAudit } from "@/lib/admin";
import { RefusalError, fieldRefusal } from "@/lib/errors";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import {
  NOTE_MAX_LENGTH,
  ORDER_ACTIONS,
  type Order,
  type RefundLine,
  type TransitionResult,
  addOrderNote,
  invalidateStockCaches,
  loadOrder,
  orderStatusText,
  refundOrder,
  transitionOrder,
} from "@/lib/orders";

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

const orderActionSchema = z
  .object({
    orderId: z.coerce.number().int().positive(),
    action: z.enum(ORDER_ACTIONS),
    // One per rendered form: a double click or a retried post changes the order once.
    idempotencyKey: z.string().min(8).max(100),
    // Cancel and refund are applied only with this (the dialog's button, or the box without JavaScript).
    confirm: optionalText(10),
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

/** Every staff order change goes through the orders module (transitionOrder, refundOrder); its refusals are shown as they are. */
export const orderTransitionAction = adminAction(
  orderActionSchema,
  async (input, { actor, db }) => {
    const before = await loadOrder(db, input.orderId);
    if (!before) throw new AdminError("This order does not exist.");
    const confirmFirst = CONFIRM_FIRST[input.action];
    if (confirmFirst && input.confirm !== "yes") throw new RefusalError(fieldRefusal("confirm", confirmFirst));
    const result = await applyStatusChange(input, { actor, db }, before);
    if (!result.ok) throw new RefusalError(result);
    if (!result.duplicate) await invalidateStockCaches(result.stock);
    refresh(); // the page re-renders with the new status and a fresh form key
    return { status: result.order.status, message: doneMessage(result, input.action, before) };
  },
  ({ message }) => message,
);

const noteSchema = z.object({
  orderId: z.coerce.number().int().positive(),
  idempotencyKey: z.string().min(8).max(100),
  note: z.string().max(NOTE_MAX_LENGTH + 100),
});

/** A staff-only note on the order's timeline; a double post adds it once. */
export const addOrderNoteAction = adminAction(
  noteSchema,
  async (input, { actor, db }) => {
    const { added } = await addOrderNote(db, input.orderId, {
      actor: { kind: "staff", id: actor.id },
      text: input.note,
      idempotencyKey: `${input.idempotencyKey}:note`,
      onApplied: (tx, note) =>
        recordAudit(tx, actor, { action: "order.note", entity: "order", entityId: input.orderId, after: note }),
    });
    refresh();
    return { added };
  },
  ({ added }) => (added ? "Note added." : "Already added: this note was sent before."),
);
