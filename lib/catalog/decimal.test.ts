import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { toDecimalString, toShortDecimalString } from "./decimal";

describe("toDecimalString", () => {
  it("uses the currency's minor unit digits", () => {
    expect(toDecimalString(money(12900, "USD"))).toBe("129.00");
    expect(toDecimalString(money(5, "USD"))).toBe("0.05");
    expect(toDecimalString(money(0, "EUR"))).toBe("0.00");
    expect(toDecimalString(money(1500, "JPY"))).toBe("1500");
    expect(toDecimalString(money(1234, "KWD"))).toBe("1.234");
  });

  it("keeps large amounts exact", () => {
    expect(toDecimalString(money(123456789012, "USD"))).toBe("1234567890.12");
  });
});

describe("toShortDecimalString", () => {
  it("drops a zero fraction only", () => {
    expect(toShortDecimalString(money(1200, "USD"))).toBe("12");
    expect(toShortDecimalString(money(1250, "USD"))).toBe("12.50");
  });
});
