import { describe, expect, it } from "vitest";
import { withoutSecretLinks } from "./secret-links";

describe("withoutSecretLinks", () => {
  it("hides the reset and verification links and keeps the rest", () => {
    const reset = {
      userId: "u-1",
      email: "ada@example.com",
      resetUrl: "https://shop.example/reset-password?token=abc",
      expiresAt: "2026-11-21T12:00:00Z",
    };
    expect(withoutSecretLinks("shop/password.reset-requested", reset)).toEqual({
      ...reset,
      resetUrl: "(one-time link hidden)",
    });
    const verify = {
      userId: "u-1",
      email: "ada@example.com",
      verifyUrl: "https://shop.example/verify-email?token=abc",
    };
    expect(JSON.stringify(withoutSecretLinks("shop/email.verification-requested", verify))).not.toContain("token=abc");
  });

  it("leaves other events alone", () => {
    const placed = { orderId: 1, orderUrl: "https://shop.example/orders/NW-1?token=view" };
    expect(withoutSecretLinks("shop/order.placed", placed)).toBe(placed);
  });
});
