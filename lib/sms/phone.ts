import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";

// Phone numbers for texts: kept and sent as E.164 ("+14155550100"), the one form Twilio and the
// opt-out list agree on, so "(415) 555-0100" typed at checkout and the "From" of a STOP reply
// are the same key. Pure: the checkout form and the webhook both use it.

/**
 * The number in E.164, or null when it is not a valid phone number. A number without a country
 * code is read as one of `defaultCountry` (the delivery country at checkout).
 */
export function normalizePhone(value: string, defaultCountry?: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 40) return null;
  const country = defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(trimmed, country);
  return parsed?.isValid() ? parsed.number : null;
}

/** For staff screens and logs: every digit but the last three hidden ("+•••••••••123"). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length <= 3) return "•••";
  return `+${"•".repeat(digits.length - 3)}${digits.slice(-3)}`;
}
