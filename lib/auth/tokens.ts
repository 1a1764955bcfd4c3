import { createHash, randomBytes } from "node:crypto";

// Emailed tokens (email verification, password reset): 32 random bytes, sent to the user
// base64url-encoded, stored only as their SHA-256. A plain hash (no salt, no slow KDF) is
// enough because the input has 256 bits of entropy: nothing to brute-force.

export const TOKEN_BYTES = 32;

export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Looks like one of our tokens; rejects junk before it reaches the database. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
