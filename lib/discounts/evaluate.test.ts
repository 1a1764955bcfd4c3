import { describe, expect, it } from "vitest";
import { money } from "@/lib/money";
import { discountRule as rule } from "@/tests/helpers/discount-rule";
import { describeDiscount, evaluateDiscount, normalizeDiscountCode } from "./evaluate";

const now = new Date("2026-06-01T12:00:00Z");
const usd = (amount: number) => money(amount, "USD");

describe("evaluateDiscount", () => {
  it("takes a percentage of the subtotal, rounded half up", () => {
    expect(evaluateDiscount(rule(), { subtotal: usd(27650), now })).toEqual({ ok: true, amount: 2765 });
    expect(evaluateDiscount(rule({ percentBasisPoints: 1250 }), { subtotal: usd(1999), now })).toEqual({
      ok: true,
      amount: 250,
    });
  });

  it("takes a fixed amount, never more than the subtotal", () => {
    const fixed = rule({ kind: "fixed", percentBasisPoints: null, amountOff: 500, currency: "USD" });
    expect(evaluateDiscount(fixed, { subtotal: usd(2000), now })).toEqual({ ok: true, amount: 500 });
    expect(evaluateDiscount(fixed, { subtotal: usd(300), now })).toEqual({ ok: true, amount: 300 });
    expect(evaluateDiscount({ ...fixed, currency: "EUR" }, { subtotal: usd(2000), now })).toMatchObject({
      ok: false,
      reason: "currency",
    });
  });

  it("refuses unknown, inactive, early and expired codes", () => {
    expect(evaluateDiscount(null, { subtotal: usd(1000), now })).toMatchObject({ ok: false, reason: "not_found" });
    expect(evaluateDiscount(rule({ active: false }), { subtotal: usd(1000), now })).toMatchObject({
      reason: "not_found",
    });
    expect(
      evaluateDiscount(rule({ startsAt: new Date("2026-06-02T00:00:00Z") }), { subtotal: usd(1000), now }),
    ).toMatchObject({ reason: "not_started" });
    expect(evaluateDiscount(rule({ endsAt: now }), { subtotal: usd(1000), now })).toMatchObject({ reason: "expired" });
    expect(
      evaluateDiscount(rule({ startsAt: new Date("2026-01-01"), endsAt: new Date("2026-12-31") }), {
        subtotal: usd(1000),
        now,
      }),
    ).toEqual({
      ok: true,
      amount: 100,
    });
  });

  it("refuses a code that is used up, in total or by this customer", () => {
    expect(evaluateDiscount(rule({ usageLimit: 5, usedCount: 5 }), { subtotal: usd(1000), now })).toMatchObject({
      reason: "used_up",
    });
    expect(evaluateDiscount(rule({ usageLimit: 5, usedCount: 4 }), { subtotal: usd(1000), now }).ok).toBe(true);
    expect(
      evaluateDiscount(rule({ perCustomerLimit: 1 }), { subtotal: usd(1000), now, customerUses: 1 }),
    ).toMatchObject({
      reason: "customer_limit",
      message: "You have already used this discount code.",
    });
  });

  it("names the minimum spend", () => {
    expect(evaluateDiscount(rule({ minSubtotal: 5000 }), { subtotal: usd(4999), now })).toEqual({
      ok: false,
      reason: "min_subtotal",
      message: "Spend at least $50.00 to use this discount code.",
    });
    expect(evaluateDiscount(rule({ minSubtotal: 5000 }), { subtotal: usd(5000), now }).ok).toBe(true);
  });
});

describe("codes", () => {
  it("normalise case and spaces", () => {
    expect(normalizeDiscountCode(" summer 10 ")).toBe("SUMMER10");
  });

  it("describe themselves", () => {
    expect(describeDiscount(rule())).toBe("10% off");
    expect(describeDiscount(rule({ kind: "fixed", amountOff: 500, currency: "USD" }))).toBe("$5.00 off");
  });
});
