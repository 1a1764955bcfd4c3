import { z } from "zod";
import type { OrderActorKind, OrderEventType, OrderStatus, PaymentMethod } from "@/db/schema";
import { fieldRefusal, type Refused } from "@/lib/errors";
import { orderStatusText } from "./labels";

// The order state machine, pure (no database): which action may move an order from which
// state, by whom, and what else it implies (money back, stock back). transitionOrder
// (./transition.ts) applies the plan; tests cover every pair here.
//
//   awaiting_payment ─mark_paid─▶ paid ─pack─▶ packed ─ship─▶ shipped ─deliver─▶ delivered
//   placed (cash on delivery) ─pack/ship─▶ …, and mark_paid whenever the cash arrives
//   cancel: before shipping (stock back; a paid order is refunded in full)
//   refund: any paid order, full (→ refunded) or partial (status unchanged)
//   held (high risk, not approved): no pack or ship until staff approve it, or cancel it

export const ORDER_ACTIONS = ["mark_paid", "pack", "ship", "deliver", "cancel", "refund"] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type MachineOrder = {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  paid: boolean;
  totalAmount: number;
  refundedAmount: number;
  stockReleased: boolean;
  /** High fraud risk not yet approved by staff (lib/risk): it waits for a person before it leaves. */
  held?: boolean;
};

export type TransitionInput = {
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  /** Refunds: minor units; omitted means everything not yet refunded. */
  amount?: number;
};

export type TransitionPlan = {
  to: OrderStatus;
  event: OrderEventType;
  setPaid: boolean;
  releaseStock: boolean;
  /** Money going back to the customer with this change (refund, or cancelling a paid order). */
  refundAmount: number;
  fullyRefunded: boolean;
};

/** A refusal about one input names it in `fields`, so a form can show the message at that input. */
export type PlanResult = { ok: true; plan: TransitionPlan } | Refused;

const eventFor: Record<OrderAction, OrderEventType> = {
  mark_paid: "paid",
  pack: "packed",
  ship: "shipped",
  deliver: "delivered",
  cancel: "cancelled",
  refund: "refunded",
};

// Who may do what. Payments by card are the webhook's alone; manual ones are staff's alone.
const actors: Record<OrderAction, readonly OrderActorKind[]> = {
  mark_paid: ["staff", "stripe"],
  pack: ["staff", "system"],
  ship: ["staff", "system"],
  deliver: ["staff", "system"],
  cancel: ["staff", "stripe", "system", "customer"],
  refund: ["staff", "stripe"],
};

const beforeShipping: readonly OrderStatus[] = ["awaiting_payment", "placed", "paid", "packed"];
const isCod = (order: MachineOrder) => order.paymentMethod === "cash_on_delivery";

const HELD_MESSAGE =
  "This order is held for a risk review: read the reasons on the order, then approve it before packing or shipping, or cancel it.";

function refuse(message: string, field?: keyof TransitionInput): PlanResult {
  return { ok: false, ...(field ? fieldRefusal(field, message) : { message }) };
}

function plan(
  order: MachineOrder,
  action: OrderAction,
  to: OrderStatus,
  extra: Partial<TransitionPlan> = {},
): PlanResult {
  return {
    ok: true,
    plan: {
      to,
      event: eventFor[action],
      setPaid: false,
      releaseStock: false,
      refundAmount: 0,
      fullyRefunded: false,
      ...extra,
    },
  };
}

// A carrier's tracking page: http(s) on a public domain name. `new URL` alone would take
// `https:alert(1)` (host "alert(1)"), which the shipped event's schema then refuses.
const trackingLink = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export function isHttpUrl(value: string): boolean {
  return trackingLink.safeParse(value).success;
}

export function planTransition(
  order: MachineOrder,
  action: OrderAction,
  actor: OrderActorKind,
  input: TransitionInput = {},
): PlanResult {
  if (!actors[action].includes(actor)) return refuse(`${actor} cannot ${action.replace("_", " ")} an order.`);
  const { status } = order;
  const remaining = order.totalAmount - order.refundedAmount;
  if (order.held && (action === "pack" || action === "ship")) return refuse(HELD_MESSAGE);

  switch (action) {
    case "mark_paid": {
      if (order.paid) return refuse("This order is already paid.");
      if (order.paymentMethod === "stripe" && actor !== "stripe")
        return refuse("Card payments are confirmed by Stripe, not by hand.");
      if (order.paymentMethod !== "stripe" && actor !== "staff")
        return refuse("Only staff can confirm a manual payment.");
      if (status === "awaiting_payment" || status === "placed") return plan(order, action, "paid", { setPaid: true });
      // Cash on delivery is often collected after the parcel left: the status stays.
      if (isCod(order) && (status === "packed" || status === "shipped" || status === "delivered")) {
        return plan(order, action, status, { setPaid: true });
      }
      return refuse(`A ${orderStatusText(status)} order cannot be marked paid.`);
    }
    case "pack":
      if (status === "paid" || (status === "placed" && isCod(order))) return plan(order, action, "packed");
      if (status === "awaiting_payment") return refuse("This order is not paid yet.");
      return refuse(`A ${orderStatusText(status)} order cannot be packed.`);
    case "ship": {
      const fromOk = status === "paid" || status === "packed" || (status === "placed" && isCod(order));
      if (!fromOk)
        return refuse(
          status === "awaiting_payment"
            ? "This order is not paid yet."
            : `A ${orderStatusText(status)} order cannot be shipped.`,
        );
      if (!input.carrier?.trim()) return refuse("Enter the carrier.", "carrier");
      if (!input.trackingNumber?.trim()) return refuse("Enter the tracking number.", "trackingNumber");
      if (input.trackingUrl && !isHttpUrl(input.trackingUrl))
        return refuse("Enter the tracking link as a web address (https://…).", "trackingUrl");
      return plan(order, action, "shipped");
    }
    case "deliver":
      if (status === "shipped") return plan(order, action, "delivered");
      return refuse(`A ${orderStatusText(status)} order cannot be marked delivered.`);
    case "cancel":
      if (actor === "customer" && status !== "awaiting_payment")
        return refuse("This order can no longer be cancelled online. Please contact us.");
      if (!beforeShipping.includes(status)) {
        return refuse(
          status === "cancelled" ? "This order is already cancelled." : "This order has shipped: refund it instead.",
        );
      }
      return plan(order, action, "cancelled", {
        releaseStock: !order.stockReleased,
        refundAmount: order.paid ? remaining : 0,
        fullyRefunded: order.paid && remaining > 0,
      });
    case "refund": {
      if (!order.paid) return refuse("This order has not been paid, so there is nothing to refund.");
      if (remaining <= 0) return refuse("This order has already been refunded in full.");
      const amount = input.amount ?? remaining;
      if (!Number.isSafeInteger(amount) || amount <= 0) return refuse("Enter a refund amount above zero.", "amount");
      if (amount > remaining) return refuse("The refund is more than what is left to refund on this order.", "amount");
      const full = amount === remaining;
      // Nothing left the warehouse yet: a full refund puts the goods back on the shelf.
      const unshipped = status === "paid" || status === "packed" || status === "placed";
      return plan(order, action, full ? "refunded" : status, {
        refundAmount: amount,
        fullyRefunded: full,
        releaseStock: full && unshipped && !order.stockReleased,
      });
    }
  }
}

/** The actions a screen may offer for this order (each still validated when applied). */
export function availableActions(order: MachineOrder, actor: OrderActorKind): OrderAction[] {
  const input = { carrier: "x", trackingNumber: "x" };
  return ORDER_ACTIONS.filter((action) => planTransition(order, action, actor, input).ok);
}
