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
