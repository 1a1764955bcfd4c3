// What a log line must never carry (docs/architecture.md, "Observability"): secrets are
// replaced, emails keep only their first letter and domain, and a URL loses its query string
// and fragment, where one-time links keep their tokens.

const SECRET_KEYS = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|signature|card_?number|iban/i;
const EMAIL_KEYS = /^(e-?mail|to|from|customer_?email|recipient)$/i;
const URL_KEYS = /^(url|link|href|location)$/i;
const ADDRESS_KEYS = /^(line1|line2|address|street|phone)$/i;
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** "jane.doe@example.com" → "j***@example.com", wherever it appears in `text`. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "$1***@$2");
}

/** A URL without its query and fragment (one-time links carry their token there). */
export function stripQuery(text: string): string {
  return text.replace(/[?#].*$/, "");
}

// A count or a flag under a secret's name ("prunedTokens": 3) is no secret.
const isSecret = (key: string, field: unknown) =>
  SECRET_KEYS.test(key) && field != null && typeof field !== "number" && typeof field !== "boolean";

/** A copy of a log record's fields with secrets, emails, addresses and link tokens removed. */
export function redactFields(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskEmails(value);
  if (value === null || typeof value !== "object" || depth > 4) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redactFields(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (isSecret(key, field)) out[key] = "[redacted]";
    else if (ADDRESS_KEYS.test(key) && typeof field === "string") out[key] = "[redacted]";
    else if (URL_KEYS.test(key) && typeof field === "string") out[key] = stripQuery(field);
    else if (EMAIL_KEYS.test(key) && typeof field === "string") out[key] = maskEmails(field);
    else out[key] = redactFields(field, depth + 1);
  }
  return out;
}
