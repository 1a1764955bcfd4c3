import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";
import { env } from "@/lib/env";
import { SETTINGS_SECTIONS, settingsDefaults } from "@/lib/settings/registry";

/**
 * Writes today's values (each section's defaults, from the environment where they used to come
 * from it: STORE_NAME, SITE_URL as the public URL, BANK_TRANSFER_*) for every section that has
 * no row yet. Idempotent: a section the owner already saved is never touched.
 */
export async function seedSettings(db: DbOrTx): Promise<number> {
  const today = (section: (typeof SETTINGS_SECTIONS)[number]) =>
    section === "store"
      ? { ...settingsDefaults("store"), publicUrl: env.SITE_URL.replace(/\/+$/, "") }
      : settingsDefaults(section);
  const rows = SETTINGS_SECTIONS.map((section) => ({ section, value: today(section) }));
  const inserted = await db
    .insert(settings)
    .values(rows)
    .onConflictDoNothing({ target: settings.section })
    .returning({ section: settings.section });
  return inserted.length;
}
