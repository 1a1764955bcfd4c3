// Events whose payload carries a one-time link (an email verification token). The link
// must reach the handler that emails it, and no one else: staff pages show these payloads
// without it, and housekeeping removes it once the event is delivered. A password reset's
// event carries no link (its handler makes it); the old event that did is listed for rows
// written before that change.
export const SECRET_LINK_FIELDS: Readonly<Record<string, string>> = {
  "shop/password.reset-requested": "resetUrl",
  "shop/email.verification-requested": "verifyUrl",
};

/** The payload as staff may see it: a one-time link replaced by a note that it was there. */
export function withoutSecretLinks(name: string, payload: Record<string, unknown>): Record<string, unknown> {
  const field = SECRET_LINK_FIELDS[name];
  if (!field || !(field in payload)) return payload;
  return { ...payload, [field]: "(one-time link hidden)" };
}
