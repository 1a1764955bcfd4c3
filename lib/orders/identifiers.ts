import { randomBytes, timingSafeEqual } from "node:crypto";

// Order numbers are what shoppers read out on the phone: short, no look-alike characters
// (Crockford's base32 has no I, L, O, U). They are not secrets: an order opens only for its
// owner or with the access token, and /track also asks for the email.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ORDER_NUMBER_PREFIX = "NW";

/** e.g. "NW-7K3M9Q2X": 40 random bits; the unique index catches the astronomically rare clash. */
export function newOrderNumber(): string {
  const bytes = randomBytes(8);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return `${ORDER_NUMBER_PREFIX}-${out}`;
}

/** Accepts what a person types: any case, spaces or a missing dash. */
export function normalizeOrderNumber(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  const match = new RegExp(`^${ORDER_NUMBER_PREFIX}([${ALPHABET}]{8})$`).exec(compact);
  return match ? `${ORDER_NUMBER_PREFIX}-${match[1]}` : null;
}

/** 256 random bits, URL-safe: the guest's key to the order pages. */
export function newAccessToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isAccessTokenShape(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** Constant-time comparison, so response timing does not leak how much of a token matched. */
export function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
