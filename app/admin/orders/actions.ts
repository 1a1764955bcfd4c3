"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import {
  adminAction,
  approveOrder,
  approveOrderSchema,
  changeOrder,
  orderActionSchema,
  recordAudit,
} from "@/lib/admin";
import { NOTE_MAX_LENGTH, addOrderNote, invalidateStockCaches } from "@/lib/orders";

/** Every staff order change goes through the orders module (lib/admin/order-changes.ts). */
export const orderTransitionAction = adminAction(
  orderActionSchema,
  async (input, context) => {
    const result = await changeOrder(input, context);
    if (!result.duplicate) await invalidateStockCaches(result.stock);
    refresh(); // the page re-renders with the new status and a fresh form key
    return { status: result.order.status, message: result.message };
  },
  ({ message }) => message,
);

/** Approves a held order after its risk review (lib/admin/order-changes.ts): audited, once per form. */
export const approveOrderAction = adminAction(
  approveOrderSchema,
  async (input, context) => {
    const result = await approveOrder(input, context);
    refresh();
    return { message: result.message };
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
