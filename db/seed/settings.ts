import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";
import { SETTINGS_SECTIONS, settingsDefaults } from "@/lib/settings/registry";

/**
 * Writes today's values (each section's defaults, from the environment where they used to come
 * from it, e.g. BANK_TRANSFER_*) for every section that has no row yet. Idempotent: a section
 * the owner already saved is never touched.
 */
export async function seedSettings(db: DbOrTx): Promise<number> {
  const rows = SETTINGS_SECTIONS.map((section) => ({ section, value: settingsDefaults(section) }));
  const inserted = await db
    .insert(settings)
    .values(rows)
    .onConflictDoNothing({ target: settings.section })
    .returning({ section: settings.section });
  return inserted.length;
}
