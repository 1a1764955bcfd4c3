import { z } from "zod";
import { COUNTRY_RULES, countryRule, isCountryCode, type CountryCode } from "./address-rules";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .max(max, `Use at most ${max} characters.`);

/** "Postcode" → "postcode" but "ZIP code" stays: for labels inside a sentence. */
const inSentence = (label: string) =>
  /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/**
 * An address as the form sends it, validated for its country: the postcode format, and a
 * region from the country's list where one is required. Postcodes come out in their
 * canonical form ("k1a0b1" → "K1A 0B1").
 */
export const addressInputSchema = z
  .object({
    fullName: text("the recipient's full name", 100).min(1, "Enter the recipient's full name."),
    company: text("a company", 100).default(""),
    line1: text("the street address", 200).min(1, "Enter the street address."),
    line2: text("the second address line", 200).default(""),
    city: text("the town or city", 100).min(1, "Enter the town or city."),
    region: text("the region", 100).default(""),
    postalCode: text("the postcode", 20).default(""),
    country: z
      .string({ error: "Choose a country." })
      .refine(isCountryCode, "Choose a country from the list: we do not ship there yet."),
    phone: text("a phone number", 30)
      .default("")
      .refine(
        (v) => v === "" || /^\+?[0-9 ()./-]{6,30}$/.test(v),
        "Enter a phone number with digits only, like +1 415 555 0100.",
      ),
    isDefault: checkbox,
  })
  .superRefine((address, ctx) => {
    if (!isCountryCode(address.country)) return;
    const rule = countryRule(address.country);
    const postal = address.postalCode;
    if (!postal) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: `Enter the ${inSentence(rule.postalLabel)}.` });
    } else if (!rule.postalPattern.test(postal)) {
      ctx.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: `Enter a ${inSentence(rule.postalLabel)} in the format ${rule.postalExample}.`,
      });
    }
    const region = address.region.toUpperCase();
    if (rule.regions && region && !Object.hasOwn(rule.regions, region)) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: `Choose a ${inSentence(rule.regionLabel ?? "Region")} from the list.`,
      });
    } else if (rule.regionRequired && !region) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: `Choose a ${inSentence(rule.regionLabel ?? "Region")}.`,
      });
    }
  })
  .transform((address) => {
    const country = address.country as CountryCode;
    const rule = COUNTRY_RULES[country];
    return {
      ...address,
      country,
      postalCode: rule.formatPostal(address.postalCode),
      region: "regions" in rule ? address.region.toUpperCase() : address.region,
    };
  });

export type AddressInput = z.output<typeof addressInputSchema>;
