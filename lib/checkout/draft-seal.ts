import { createHmac, timingSafeEqual } from "node:crypto";

// The checkout draft lives in a cookie the shopper holds, and the server believes parts of it:
// a discount code in a saved draft was checked (and counted against the failed-code limit)
// when it was saved, and a guest's email caps their open unpaid orders. So the draft is
// signed, `<base64url json>.<base64url HMAC-SHA256>`, and only a draft this server wrote is
// read back; an edited or unsigned one is as if there were none. Pure, so the tests reach it
// without cookies.

// Keeps this MAC apart from anything else ever signed with the same secret.
const PURPOSE = "checkout-draft\n";

function macOf(payload: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(PURPOSE + payload)
    .digest("base64url");
}

export function sealDraft(value: unknown, secret: string): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${macOf(payload, secret)}`;
}

/** The value a sealed draft holds, or undefined when this secret did not seal it (unsigned, edited, damaged). */
export function openDraftSeal(sealed: string, secret: string): unknown {
  const dot = sealed.indexOf(".");
  if (dot <= 0 || dot !== sealed.lastIndexOf(".")) return undefined;
  const payload = sealed.slice(0, dot);
  // Compared as text, not decoded: base64url decoding skips stray characters, and only the
  // exact MAC this server wrote counts.
  const given = Buffer.from(sealed.slice(dot + 1));
  const expected = Buffer.from(macOf(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
