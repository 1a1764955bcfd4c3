import { describe, expect, it } from "vitest";
import type { OrderStatus, PaymentMethod } from "@/db/schema";
import { availableActions, type MachineOrder, planTransition } from "./state-machine";

function order(
  status: OrderStatus,
  paymentMethod: PaymentMethod = "stripe",
  extra: Partial<MachineOrder> = {},
): MachineOrder {
  const paid = !["awaiting_payment", "placed", "cancelled"].includes(status) || extra.paid === true;
  return { status, paymentMethod, paid, totalAmount: 10000, refundedAmount: 0, stockReleased: false, ...extra };
}

const shipping = { carrier: "UPS", trackingNumber: "1Z999", trackingUrl: "https://ups.example/track/1Z999" };

describe("planTransition: the happy paths", () => {
  it("walks a card order from payment to delivery", () => {
    expect(planTransition(order("awaiting_payment"), "mark_paid", "stripe")).toMatchObject({
      ok: true,
      plan: { to: "paid", event: "paid", setPaid: true },
    });
    expect(planTransition(order("paid"), "pack", "staff")).toMatchObject({ ok: true, plan: { to: "packed" } });
    expect(planTransition(order("packed"), "ship", "staff", shipping)).toMatchObject({
      ok: true,
      plan: { to: "shipped" },
    });
    expect(planTransition(order("shipped"), "deliver", "staff")).toMatchObject({ ok: true, plan: { to: "delivered" } });
  });

  it("lets staff confirm a bank transfer", () => {
    expect(planTransition(order("awaiting_payment", "bank_transfer"), "mark_paid", "staff")).toMatchObject({
      ok: true,
      plan: { to: "paid" },
    });
  });

  it("ships cash on delivery unpaid and takes the cash at any later step", () => {
    const cod = order("placed", "cash_on_delivery");
    expect(planTransition(cod, "pack", "staff")).toMatchObject({ ok: true, plan: { to: "packed" } });
    expect(planTransition(cod, "ship", "staff", shipping)).toMatchObject({ ok: true, plan: { to: "shipped" } });
    const delivered = order("delivered", "cash_on_delivery", { paid: false });
    expect(planTransition(delivered, "mark_paid", "staff")).toMatchObject({
      ok: true,
      plan: { to: "delivered", setPaid: true, event: "paid" },
    });
    expect(planTransition(cod, "mark_paid", "staff")).toMatchObject({ ok: true, plan: { to: "paid" } });
  });
});

describe("planTransition: refusals", () => {
  it("never ships or packs an unpaid prepaid order", () => {
    for (const method of ["stripe", "bank_transfer"] as const) {
      expect(planTransition(order("awaiting_payment", method), "ship", "staff", shipping)).toEqual({
        ok: false,
        message: "This order is not paid yet.",
      });
      expect(planTransition(order("awaiting_payment", method), "pack", "staff")).toEqual({
        ok: false,
        message: "This order is not paid yet.",
      });
    }
  });

  it("keeps card payments to Stripe and manual payments to staff", () => {
    expect(planTransition(order("awaiting_payment"), "mark_paid", "staff").ok).toBe(false);
    expect(planTransition(order("awaiting_payment", "bank_transfer"), "mark_paid", "stripe").ok).toBe(false);
    expect(planTransition(order("awaiting_payment", "bank_transfer"), "mark_paid", "customer").ok).toBe(false);
    expect(planTransition(order("paid"), "mark_paid", "stripe")).toEqual({
      ok: false,
      message: "This order is already paid.",
    });
  });

  it("needs a carrier, a tracking number and a web link to ship", () => {
    expect(planTransition(order("packed"), "ship", "staff", { trackingNumber: "1" })).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fields: { carrier: ["Enter the carrier."] },
    });
    expect(planTransition(order("packed"), "ship", "staff", { carrier: "UPS" })).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fields: { trackingNumber: ["Enter the tracking number."] },
    });
    for (const trackingUrl of ["javascript:alert(1)", "https:alert(1)", "https://alert(1)/", "ups.com/track"]) {
      expect(planTransition(order("packed"), "ship", "staff", { ...shipping, trackingUrl })).toMatchObject({
        ok: false,
        fields: { trackingUrl: [expect.any(String)] },
      });
    }
  });

  it("refuses steps out of order", () => {
    expect(planTransition(order("paid"), "deliver", "staff").ok).toBe(false);
    expect(planTransition(order("delivered"), "pack", "staff").ok).toBe(false);
    expect(planTransition(order("shipped"), "ship", "staff", shipping).ok).toBe(false);
    expect(planTransition(order("cancelled"), "pack", "staff").ok).toBe(false);
    expect(planTransition(order("refunded"), "ship", "staff", shipping).ok).toBe(false);
  });

  it("lets nobody but staff and the system fulfil", () => {
    expect(planTransition(order("paid"), "pack", "customer").ok).toBe(false);
    expect(planTransition(order("paid"), "ship", "stripe", shipping).ok).toBe(false);
  });
});

describe("planTransition: cancel and refund", () => {
  it("cancels before shipping, returning stock and, when paid, the money", () => {
    expect(planTransition(order("awaiting_payment"), "cancel", "system")).toMatchObject({
      ok: true,
      plan: { to: "cancelled", releaseStock: true, refundAmount: 0 },
    });
    expect(planTransition(order("packed"), "cancel", "staff")).toMatchObject({
      ok: true,
      plan: { to: "cancelled", releaseStock: true, refundAmount: 10000, fullyRefunded: true },
    });
    expect(
      planTransition(order("awaiting_payment", "stripe", { stockReleased: true }), "cancel", "stripe"),
    ).toMatchObject({
      plan: { releaseStock: false },
    });
  });

  it("does not cancel after shipping or twice", () => {
    expect(planTransition(order("shipped"), "cancel", "staff")).toEqual({
      ok: false,
      message: "This order has shipped: refund it instead.",
    });
    expect(planTransition(order("cancelled"), "cancel", "staff")).toEqual({
      ok: false,
      message: "This order is already cancelled.",
    });
  });

  it("lets a customer cancel only an order still waiting for payment", () => {
    expect(planTransition(order("awaiting_payment"), "cancel", "customer").ok).toBe(true);
    expect(planTransition(order("paid"), "cancel", "customer").ok).toBe(false);
  });

  it("refunds part or all of a paid order", () => {
    expect(planTransition(order("delivered"), "refund", "staff", { amount: 2500 })).toMatchObject({
      ok: true,
      plan: { to: "delivered", refundAmount: 2500, fullyRefunded: false, releaseStock: false },
    });
    expect(planTransition(order("delivered", "stripe", { refundedAmount: 2500 }), "refund", "staff")).toMatchObject({
      ok: true,
      plan: { to: "refunded", refundAmount: 7500, fullyRefunded: true, releaseStock: false },
    });
    expect(planTransition(order("paid"), "refund", "stripe", { amount: 10000 })).toMatchObject({
      plan: { to: "refunded", releaseStock: true },
    });
  });

  it("refuses refunds of unpaid orders, of nothing and of too much", () => {
    expect(planTransition(order("awaiting_payment"), "refund", "staff").ok).toBe(false);
    expect(planTransition(order("paid"), "refund", "staff", { amount: 0 }).ok).toBe(false);
    expect(planTransition(order("paid"), "refund", "staff", { amount: 10001 }).ok).toBe(false);
    expect(planTransition(order("refunded", "stripe", { refundedAmount: 10000 }), "refund", "staff").ok).toBe(false);
  });

  it("refunds an order that was paid after it was cancelled", () => {
    expect(
      planTransition(order("cancelled", "stripe", { paid: true, stockReleased: true }), "refund", "staff"),
    ).toMatchObject({
      ok: true,
      plan: { to: "refunded", releaseStock: false },
    });
  });
});

describe("availableActions", () => {
  it("lists what staff may do next", () => {
    expect(availableActions(order("awaiting_payment", "bank_transfer"), "staff")).toEqual(["mark_paid", "cancel"]);
    expect(availableActions(order("paid"), "staff")).toEqual(["pack", "ship", "cancel", "refund"]);
    expect(availableActions(order("placed", "cash_on_delivery"), "staff")).toEqual([
      "mark_paid",
      "pack",
      "ship",
      "cancel",
    ]);
    expect(availableActions(order("shipped"), "staff")).toEqual(["deliver", "refund"]);
  });
});
