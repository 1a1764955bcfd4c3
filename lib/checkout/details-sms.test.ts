import { describe, expect, it } from "vitest";
import { parseDetailsForm } from "./details";

// The checkout's optional mobile number and texts opt-in (lib/sms): E.164 in the draft, read in
// the delivery country, required only with the box ticked.

const base = {
  email: "ada@example.com",
  fullName: "Ada Lovelace",
  line1: "1 Main Street",
  city: "Springfield",
  region: "NY",
  postalCode: "10001",
  country: "US",
  shippingMethod: "standard",
  paymentMethod: "bank_transfer",
};
const options = { signedIn: false, methods: ["bank_transfer"] as const, shippingMethods: ["standard"] };
const parse = (extra: Record<string, unknown>) => parseDetailsForm({ ...base, ...extra }, options);

describe("texts at checkout", () => {
  it("is off with no number and no tick", () => {
    const parsed = parse({});
    expect(parsed).toMatchObject({ ok: true, draft: { smsOptIn: false } });
    expect(parsed.ok && parsed.draft.smsPhone).toBeFalsy();
  });

  it("keeps a national number as E.164 in the delivery country, with the opt-in", () => {
    expect(parse({ smsPhone: "(415) 555-2671", smsOptIn: "on", phoneCountry: "US" })).toMatchObject({
      ok: true,
      draft: { smsPhone: "+14155552671", smsOptIn: true },
    });
    expect(parse({ smsPhone: "020 7946 0958", phoneCountry: "GB" })).toMatchObject({
      ok: true,
      draft: { smsPhone: "+442079460958", smsOptIn: false },
    });
  });

  it("asks for a number when the box is ticked without one, and refuses what is not a number", () => {
    expect(parse({ smsOptIn: "on" })).toMatchObject({ ok: false, fieldErrors: { smsPhone: [expect.any(String)] } });
    expect(parse({ smsPhone: "call me", smsOptIn: "on" })).toMatchObject({
      ok: false,
      fieldErrors: { smsPhone: ["Enter a mobile number like +1 415 555 0100."] },
    });
  });
});
