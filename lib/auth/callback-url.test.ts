import { describe, expect, it } from "vitest";
import { loginUrl, safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackUrl("/account/addresses")).toBe("/account/addresses");
    expect(safeCallbackUrl("/products/boots?size=42#reviews")).toBe("/products/boots?size=42#reviews");
  });

  it.each([
    "https://evil.example/account",
    "//evil.example/account",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "account",
    "/\u0000/evil",
    "/login",
    "/register?callbackUrl=/x",
    "/api/auth/signout",
    "",
    "/.//evil.example",
    "/./\\evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%2e%2e//evil.example",
    "/%E0%A4%A",
  ])("rejects %j", (value) => {
    expect(safeCallbackUrl(value, "/fallback")).toBe("/fallback");
  });

  it("rejects anything that is not a string", () => {
    expect(safeCallbackUrl(["/account"], "/fallback")).toBe("/fallback");
    expect(safeCallbackUrl(undefined)).toBe("/account");
  });

  it("builds the login redirect for a page", () => {
    expect(loginUrl("/account/addresses")).toBe("/login?callbackUrl=%2Faccount%2Faddresses");
    expect(loginUrl("https://evil.example")).toBe("/login?callbackUrl=%2Faccount");
  });
});
