import type Stripe from "stripe";
import type { Db } from "@/db";
import { fieldRefusal } from "@/lib/errors";
import {
  alreadyApplied,
  machineOrder,
  type TransitionOptions,
  type TransitionResult,
  unchanged,
} from "./apply-transition";
import { type RefundLine, valueOfRefundLines } from "./refund-lines";
import { loadOrder, loadOrderLines } from "./snapshot";
import { planTransition } from "./state-machine";
import { transitionOrder } from "./transition";

export { refundableQuantity, type RefundLine } from "./refund-lines";

// Refunds by line items: staff pick quantities of the order's lines (and whether they go
// back on the shelf) or type an amount; never "empty means everything". The money goes
// through transitionOrder (Stripe first for card orders, with the form's key); the lines'
// refunded quantities and the stock change in the same transaction as the refund record.

export type RefundRequest = Pick<TransitionOptions, "actor" | "reason" | "onApplied" | "refund"> & {
  /** The form's one-time key: the same form posted twice refunds once. */
  idempotencyKey: string;
  lines: RefundLine[];
  /** A typed amount (minor units); without it the chosen lines' price. */
  amount?: number;
  /** Put the chosen quantities back in stock. */
  restock: boolean;
  stripe?: Stripe;
};

/**
 * Refunds part or all of a paid order by its lines or by an amount. The order's own refusals
 * (not paid, nothing left) come first, then the inputs'. A form sent twice answers the order
 * unchanged before anything is checked or sent to Stripe.
 */
export async function refundOrder(db: Db, orderId: number, request: RefundRequest): Promise<TransitionResult> {
  const { lines: requested, amount, restock, ...rest } = request;
  const order = await loadOrder(db, orderId);
  if (!order) return { ok: false, message: "This order does not exist." };
  if (await alreadyApplied(db, request.idempotencyKey)) return unchanged(order);
  const state = planTransition(machineOrder(order), "refund", request.actor.kind);
  if (!state.ok) return state;

  const chosen = requested.filter((l) => l.quantity !== 0);
  const checked = valueOfRefundLines(await loadOrderLines(db, orderId), chosen);
  if (!checked.ok) return checked;
  if (chosen.length === 0 && amount === undefined)
    return { ok: false, ...fieldRefusal("amount", "Choose the items to refund, or enter an amount.") };
  const remaining = order.totalAmount - order.refundedAmount;
  // A discount can make the lines worth more than was paid: never more than what is left.
  const money = amount ?? Math.min(checked.value, remaining);
  if (money <= 0) return { ok: false, ...fieldRefusal("amount", "These items were free: enter the amount to refund.") };
  return transitionOrder(db, orderId, "refund", { ...rest, amount: money, lines: chosen, restock });
}
