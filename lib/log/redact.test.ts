import { describe, expect, it } from "vitest";
import { maskEmails, redactFields } from "./redact";

describe("log redaction", () => {
  it("masks emails wherever they appear", () => {
    expect(maskEmails("sent to jane.doe@example.com and bo@shop.co.uk")).toBe(
      "sent to j***@example.com and b***@shop.co.uk",
    );
  });

  it("removes secrets, addresses and one-time link tokens, keeping the rest", () => {
    const fields = redactFields({
      password: "hunter22",
      headers: { authorization: "Bearer abc", cookie: "session=1", accept: "text/html" },
      url: "https://shop.test/account/reset?token=abc123",
      email: "jane@example.com",
      order: { number: "N-1001", line1: "1 Main Street", total: 1200 },
      report: { prunedTokens: 3, apiKey: { id: "k" } },
    });
    expect(fields).toEqual({
      password: "[redacted]",
      headers: { authorization: "[redacted]", cookie: "[redacted]", accept: "text/html" },
      url: "https://shop.test/account/reset",
      email: "j***@example.com",
      order: { number: "N-1001", line1: "[redacted]", total: 1200 },
      report: { prunedTokens: 3, apiKey: "[redacted]" },
    });
  });
});
