import type { z } from "zod";
import { env } from "@/lib/env";
import { homeDefaults, homeSettingsSchema } from "./sections/home";
import { paymentSettingsSchema, type PaymentSettings } from "./sections/payments";
import { reviewDefaults, reviewSettingsSchema } from "./sections/reviews";
import { riskDefaults, riskSettingsSchema } from "./sections/risk";
import { shippingDefaults, shippingSettingsSchema } from "./sections/shipping";
import { storeDefaults, storeSettingsSchema } from "./sections/store";
import { taxDefaults, taxSettingsSchema } from "./sections/tax";
import { log } from "@/lib/log";

// Every section of the owner's settings: its schema (checked on every write and every read)
// and its defaults, which are what the store did before the section existed. A section
// without a row in the database reads as its defaults; the seed writes them.

/** The IBAN registry's documented example number: it belongs to nobody. */
export const DEMO_IBAN = "GB82 WEST 1234 5698 7654 32";

function paymentDefaults(): PaymentSettings {
  const demo = !env.BANK_TRANSFER_IBAN;
  return {
    enabled: { stripe: true, bank_transfer: true, cash_on_delivery: true },
    bankTransfer: {
      accountName: env.BANK_TRANSFER_ACCOUNT_NAME ?? env.STORE_NAME,
      iban: env.BANK_TRANSFER_IBAN ?? DEMO_IBAN,
      bic: env.BANK_TRANSFER_BIC ?? (demo ? "WESTGB2L" : ""),
      bankName: env.BANK_TRANSFER_BANK_NAME ?? (demo ? "Example Bank (demo details)" : ""),
    },
    bankTransferDays: env.BANK_TRANSFER_DAYS,
  };
}

export const settingsSections = {
  store: { schema: storeSettingsSchema, defaults: () => storeDefaults(env.STORE_NAME) },
  shipping: { schema: shippingSettingsSchema, defaults: () => shippingDefaults },
  tax: { schema: taxSettingsSchema, defaults: () => taxDefaults },
  payments: { schema: paymentSettingsSchema, defaults: paymentDefaults },
  home: { schema: homeSettingsSchema, defaults: () => homeDefaults },
  reviews: { schema: reviewSettingsSchema, defaults: () => reviewDefaults },
  risk: { schema: riskSettingsSchema, defaults: () => riskDefaults },
} as const;

export type SettingsSection = keyof typeof settingsSections;
export const SETTINGS_SECTIONS = Object.keys(settingsSections) as SettingsSection[];
export type SettingsOf<S extends SettingsSection> = z.infer<(typeof settingsSections)[S]["schema"]>;

export function settingsDefaults<S extends SettingsSection>(section: S): SettingsOf<S> {
  return settingsSections[section].defaults() as SettingsOf<S>;
}

/**
 * A stored value as the current schema reads it. Fields added since it was saved take their
 * defaults; a value the schema no longer accepts reads as the defaults, logged, so a bad row
 * never takes the store down.
 */
export function readStored<S extends SettingsSection>(section: S, stored: unknown): SettingsOf<S> {
  const defaults = settingsDefaults(section);
  if (stored === undefined || stored === null) return defaults;
  const merged = typeof stored === "object" ? { ...defaults, ...stored } : stored;
  const parsed = settingsSections[section].schema.safeParse(merged);
  if (parsed.success) return parsed.data as SettingsOf<S>;
  log.error(
    { module: "settings", section, issues: parsed.error.message },
    "the stored settings are invalid; using the defaults",
  );
  return defaults;
}
