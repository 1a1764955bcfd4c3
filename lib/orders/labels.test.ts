import { describe, expect, it } from "vitest";
import { orderEventText, orderStatusLabels, orderStatusText, paymentMethodText, paymentStatusText } from "./labels";

describe("staff wording of states", () => {
  it("is the shopper's label in lower case, so both read the same", () => {
    expect(orderStatusLabels.awaiting_payment).toBe("Awaiting payment");
    expect(orderStatusText("awaiting_payment")).toBe("awaiting payment");
    expect(orderStatusText("shipped")).toBe("shipped");
  });

  it("spells out every word of events and payment methods", () => {
    expect(orderEventText("payment_failed")).toBe("payment failed");
    expect(paymentMethodText("cash_on_delivery")).toBe("cash on delivery");
  });

  it("shows a dash when there is no payment yet", () => {
    expect(paymentStatusText(null)).toBe("—");
    expect(paymentStatusText("succeeded")).toBe("succeeded");
  });
});

describe("timeline events in plain words", () => {
  it("says what a refund gave back and whether it went back to stock", async () => {
    const { orderEventDetail, lineLabel } = await import("./labels");
    expect(lineLabel({ productName: "Trail Jacket", variantTitle: "M" })).toBe("Trail Jacket (M)");
    expect(lineLabel({ productName: "Camp Stove", variantTitle: "Default" })).toBe("Camp Stove");
    const lines = [{ name: "Trail Jacket (M)", quantity: 1 }];
    expect(orderEventDetail("refunded", { amount: 6900, full: false, lines, restocked: true }, "USD")).toBe(
      "Refunded $69.00 for 1 × Trail Jacket (M), returned to stock",
    );
    expect(orderEventDetail("refunded", { amount: 1250, full: false, reason: "Late" }, "USD")).toBe(
      "Refunded $12.50 (part of the order). Reason: Late",
    );
    expect(orderEventDetail("stock_released", { lines: [{ variantId: 77, quantity: 1 }] }, "USD")).toBe("1 × an item");
    expect(orderEventDetail("placed_from", { ipHash: "abc" }, "USD")).toBeNull();
  });
});
