import { createHmac, timingSafeEqual } from "node:crypto";

// The "stop review requests" link carries the address it is for, signed with a key from the
// auth secret: `<base64url email>.<base64url HMAC-SHA256>`. Only a link this store wrote
// records an opt-out, so nobody can opt out someone else's address by typing it. The link
// does not expire: an old email's link should still work. Pure, so tests reach it directly.

// Keeps this MAC apart from anything else signed with the same secret.
const PURPOSE = "review-request-opt-out\n";

function macOf(payload: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(PURPOSE + payload)
    .digest("base64url");
}

export function optOutToken(email: string, secret: string): string {
  const payload = Buffer.from(email.trim().toLowerCase()).toString("base64url");
  return `${payload}.${macOf(payload, secret)}`;
}

/** The address a token was made for, or null when this store did not make it. */
export function emailFromOptOutToken(token: string, secret: string): string | null {
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".") || token.length > 600) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(macOf(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const email = Buffer.from(payload, "base64url").toString("utf8");
  return email.includes("@") ? email : null;
}
