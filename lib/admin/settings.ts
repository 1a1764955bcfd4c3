import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { settings } from "@/db/schema";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { CORRECT_FIELDS } from "@/lib/errors";
import { readStored, type SettingsOf, type SettingsSection, settingsSections } from "@/lib/settings";
import { type Actor, recordAudit } from "./audit";
import { AdminError } from "./errors";

export const ADMINS_ONLY = "Only an admin can change the store's settings.";

/**
 * Saves one section of the settings (admins only): validated, written with its audit row
 * (before and after) in one transaction, then the `settings` tag is expired so every page and
 * the next quote use the new values. Returns what was saved.
 */
export async function saveSettings<S extends SettingsSection>(
  db: Db,
  actor: Actor,
  section: S,
  input: unknown,
): Promise<SettingsOf<S>> {
  if (actor.role !== "admin") throw new AdminError(ADMINS_ONLY);
  const parsed = settingsSections[section].schema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join(".")] ??= []).push(issue.message);
    throw new AdminError(CORRECT_FIELDS, fields);
  }
  const value = parsed.data as SettingsOf<S>;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.section, section))
      .for("update");
    const before = readStored(section, row?.value);
    await tx
      .insert(settings)
      .values({ section, value })
      .onConflictDoUpdate({ target: settings.section, set: { value, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: `settings.${section}`,
      entity: "settings",
      entityId: section,
      before,
      after: value,
    });
  });
  await expireTags([cacheTags.settings]);
  return value;
}
