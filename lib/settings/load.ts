import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { settings } from "@/db/schema";
import { readStored, type SettingsOf, type SettingsSection } from "./registry";

/**
 * One section as it is now, from the database (not cached): for checkout, the quote and
 * anything inside a transaction. Pages read through the cached getSettings (./index.ts).
 */
export async function loadSettings<S extends SettingsSection>(db: DbOrTx, section: S): Promise<SettingsOf<S>> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.section, section));
  return readStored(section, row?.value);
}
