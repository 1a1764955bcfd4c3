import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isWellFormedToken, TOKEN_BYTES } from "./tokens";

describe("emailed tokens", () => {
  it("carry at least 32 random bytes and are stored as their SHA-256 only", () => {
    const { token, tokenHash } = generateToken();
    expect(TOKEN_BYTES).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(token, "base64url")).toHaveLength(TOKEN_BYTES);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateToken().token));
    expect(tokens.size).toBe(100);
  });

  it("reject junk before it reaches the database", () => {
    expect(isWellFormedToken(generateToken().token)).toBe(true);
    expect(isWellFormedToken("short")).toBe(false);
    expect(isWellFormedToken("' or 1=1 --".padEnd(43, "a"))).toBe(false);
    expect(isWellFormedToken(undefined)).toBe(false);
  });
});
