import { describe, expect, it } from "vitest";
import { maskPhone, normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it("reads a national number in the delivery country as E.164", () => {
    expect(normalizePhone("(415) 555-2671", "US")).toBe("+14155552671");
    expect(normalizePhone("020 7946 0958", "GB")).toBe("+442079460958");
    expect(normalizePhone("030 901820", "DE")).toBe("+4930901820");
  });

  it("keeps an international number whatever the country", () => {
    expect(normalizePhone("+44 20 7946 0958", "US")).toBe("+442079460958");
    expect(normalizePhone(" +1 415-555-2671 ")).toBe("+14155552671");
  });

  it("refuses what is not a phone number", () => {
    expect(normalizePhone("", "US")).toBeNull();
    expect(normalizePhone("call me", "US")).toBeNull();
    expect(normalizePhone("123", "US")).toBeNull();
    expect(normalizePhone("415 555 2671")).toBeNull(); // no country to read it in
    expect(normalizePhone("+1 415 555 2671 555 2671 555 2671 555 2671")).toBeNull();
  });

  it("ignores a default country that is not a country code", () => {
    expect(normalizePhone("+14155552671", "usa")).toBe("+14155552671");
  });
});

describe("maskPhone", () => {
  it("shows only the last three digits", () => {
    expect(maskPhone("+14155552671")).toBe("+••••••••671");
    expect(maskPhone("+14155552671")).not.toContain("415");
  });
});
