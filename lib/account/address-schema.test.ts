import { describe, expect, it } from "vitest";
import { addressInputSchema } from "./address-schema";
import { COUNTRY_CODES } from "./address-rules";

const base = { fullName: "Ada Lovelace", line1: "1 Main Street", city: "Springfield" };

function errors(input: Record<string, unknown>) {
  const result = addressInputSchema.safeParse({ ...base, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

function parsed(input: Record<string, unknown>) {
  const result = addressInputSchema.safeParse({ ...base, ...input });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("address validation per country", () => {
  it("covers at least US, CA, GB, DE, FR, NL and AU", () => {
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(["US", "CA", "GB", "DE", "FR", "NL", "AU"]));
  });

  it.each([
    ["US", "94103", "CA"],
    ["US", "94103-1234", "NY"],
    ["CA", "K1A 0B1", "ON"],
    ["GB", "SW1A 1AA", ""],
    ["GB", "EC1A 1BB", "Greater London"],
    ["DE", "10115", ""],
    ["FR", "75001", ""],
    ["NL", "1012 AB", ""],
    ["AU", "2000", "NSW"],
  ])("accepts a valid %s address (%s)", (country, postalCode, region) => {
    expect(errors({ country, postalCode, region })).toEqual({});
  });

  it.each([
    ["US", "9410", "Enter a ZIP code in the format 94103 or 94103-1234."],
    ["CA", "12345", "Enter a postal code in the format K1A 0B1."],
    ["CA", "D1A 0B1", "Enter a postal code in the format K1A 0B1."],
    ["GB", "12345", "Enter a postcode in the format SW1A 1AA."],
    ["DE", "1011", "Enter a postcode (PLZ) in the format 10115."],
    ["FR", "7500A", "Enter a postcode in the format 75001."],
    ["NL", "1012 SS", "Enter a postcode in the format 1012 AB."],
    ["NL", "0123 AB", "Enter a postcode in the format 1012 AB."],
    ["AU", "20000", "Enter a postcode in the format 2000."],
  ])("rejects a %s postcode %j with a clear message", (country, postalCode, message) => {
    expect(
      errors({
        country,
        postalCode,
        region: country === "US" ? "CA" : country === "CA" ? "ON" : country === "AU" ? "VIC" : "",
      }).postalCode,
    ).toBe(message);
  });

  it("requires a region from the list where the country has one", () => {
    expect(errors({ country: "US", postalCode: "94103", region: "" }).region).toBe("Choose a state.");
    expect(errors({ country: "US", postalCode: "94103", region: "XX" }).region).toBe("Choose a state from the list.");
    expect(errors({ country: "CA", postalCode: "K1A 0B1" }).region).toBe("Choose a province or territory.");
    expect(errors({ country: "AU", postalCode: "2000", region: "ON" }).region).toBe(
      "Choose a state or territory from the list.",
    );
    expect(errors({ country: "DE", postalCode: "10115" }).region).toBeUndefined();
  });

  it("reports every problem at once, each on its field", () => {
    expect(errors({ fullName: "", country: "US", postalCode: "", region: "" })).toEqual({
      fullName: "Enter the recipient's full name.",
      postalCode: "Enter the ZIP code.",
      region: "Choose a state.",
    });
  });

  it("refuses countries we do not ship to", () => {
    expect(errors({ country: "XX", postalCode: "1" }).country).toMatch(/Choose a country from the list/);
  });

  it("stores postcodes and regions in their canonical form", () => {
    expect(parsed({ country: "CA", postalCode: "k1a0b1", region: "on" })).toMatchObject({
      postalCode: "K1A 0B1",
      region: "ON",
    });
    expect(parsed({ country: "GB", postalCode: "sw1a1aa" }).postalCode).toBe("SW1A 1AA");
    expect(parsed({ country: "NL", postalCode: "1012ab" }).postalCode).toBe("1012 AB");
  });

  it("checks phone numbers loosely and keeps optional fields empty", () => {
    expect(errors({ country: "DE", postalCode: "10115", phone: "call me" }).phone).toMatch(/phone number/);
    expect(parsed({ country: "DE", postalCode: "10115" })).toMatchObject({
      company: "",
      line2: "",
      phone: "",
      isDefault: false,
    });
  });
});
