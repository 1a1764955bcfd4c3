import { describe, expect, it } from "vitest";
import { addMoney, formatMoney, minorUnitDigits, money, multiplyMoney, parseMoneyInput } from "./money";

describe("formatMoney", () => {
  it("formats minor units with the currency's decimals", () => {
    expect(formatMoney(money(123456, "USD"))).toBe("$1,234.56");
    expect(formatMoney(money(5, "USD"))).toBe("$0.05");
    expect(formatMoney(money(1500, "JPY"))).toBe("¥1,500");
    expect(formatMoney(money(1234, "EUR"), "de-DE")).toBe("12,34\u00a0€");
  });
});

describe("minorUnitDigits", () => {
  it("knows zero- and three-decimal currencies", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });
});

describe("parseMoneyInput", () => {
  it("turns typed decimals into minor units", () => {
    expect(parseMoneyInput("12", "USD")).toBe(1200);
    expect(parseMoneyInput("12.5", "USD")).toBe(1250);
    expect(parseMoneyInput(" 0.07 ", "USD")).toBe(7);
    expect(parseMoneyInput("1500", "JPY")).toBe(1500);
  });

  it("rejects what is not an amount", () => {
    for (const bad of ["", "abc", "-1", "1.234", "1e3", "1,00", "NaN", "Infinity"]) {
      expect(parseMoneyInput(bad, "USD"), bad).toBeNull();
    }
    expect(parseMoneyInput("1.5", "JPY")).toBeNull();
  });
});

describe("arithmetic", () => {
  it("adds and multiplies without floating point drift", () => {
    expect(addMoney(money(10, "USD"), money(20, "USD"))).toEqual(money(30, "USD"));
    expect(multiplyMoney(money(1999, "USD"), 3)).toEqual(money(5997, "USD"));
  });

  it("refuses mixed currencies and fractional amounts", () => {
    expect(() => addMoney(money(1, "USD"), money(1, "EUR"))).toThrow(/USD to EUR/);
    expect(() => money(0.1, "USD")).toThrow(/integer/);
    expect(() => money(1, "usd")).toThrow(/ISO 4217/);
  });
});
