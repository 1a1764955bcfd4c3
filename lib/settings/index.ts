import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb } from "@/db";
import { cacheTags } from "@/lib/cache-tags";
import { skipsDataAtBuild } from "@/lib/env";
import { loadSettings } from "./load";
import { settingsDefaults, type SettingsOf, type SettingsSection } from "./registry";

// The owner's settings (/admin/settings): store details, shipping, tax, payments and the home
// page, one validated JSON value per section in the `settings` table. Staff change them
// through lib/admin/settings.ts (audited); pages read them cached under the `settings` tag,
// which every change expires, so the next page shows the new values everywhere.

/** A section for a page: cached, and the page carries the `settings` tag. */
export async function getSettings<S extends SettingsSection>(section: S): Promise<SettingsOf<S>> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.settings);
  if (skipsDataAtBuild()) return settingsDefaults(section);
  return loadSettings(catalogDb, section);
}

export { settingsImageUrl } from "./image-url";
export { loadSettings } from "./load";
export {
  DEMO_IBAN,
  readStored,
  settingsDefaults,
  settingsSections,
  type SettingsOf,
  type SettingsSection,
} from "./registry";
export type { PaymentSettings } from "./sections/payments";
export type { ShippingSettings } from "./sections/shipping";
export type { StoreSettings } from "./sections/store";
export type { TaxSettings } from "./sections/tax";
