import { describe, expect, it } from "vitest";
import { cartCookieOptions, isCartId, newCartId } from "./cart-id";

describe("cart ids", () => {
  it("are 128 random bits in base64url", () => {
    const id = newCartId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(new Set(Array.from({ length: 1000 }, newCartId)).size).toBe(1000);
  });

  it("refuses anything else before it reaches a store", () => {
    expect(isCartId(newCartId())).toBe(true);
    for (const bad of [
      "",
      "short",
      "a".repeat(23),
      "../../etc/passwd00000000",
      "abc*def:ghi}jkl{mnopqr",
      undefined,
      42,
    ]) {
      expect(isCartId(bad)).toBe(false);
    }
  });

  it("live in an httpOnly, SameSite=Lax cookie, Secure in production", () => {
    expect(cartCookieOptions(true)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(cartCookieOptions(false).secure).toBe(false);
  });
});
