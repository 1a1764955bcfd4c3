import "server-only";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { type Db, db as defaultDb } from "@/db";
import { settings } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { CORRECT_FIELDS } from "@/lib/errors";
import { availablePaymentMethodsFor } from "@/lib/orders";
import {
  loadSettings,
  readStored,
  type PaymentSettings,
  type SettingsOf,
  type SettingsSection,
  settingsSections,
} from "@/lib/settings";
import { detectImageType, freshMediaKey, MAX_IMAGE_BYTES, mediaStorage } from "@/lib/storage";
import { type Actor, recordAudit } from "./audit";
import { AdminError } from "./errors";

export const ADMINS_ONLY = "Only an admin can change the store's settings.";

/** One section as saved now, for its settings page: staff read it, only admins may save it. */
export async function getSettingsForStaff<S extends SettingsSection>(
  section: S,
): Promise<{ settings: SettingsOf<S>; canEdit: boolean }> {
  const user = await requireStaff(`/admin/settings/${section}`);
  return { settings: await loadSettings(defaultDb, section), canEdit: user.role === "admin" };
}

/** Rules a schema cannot state alone: checkout must keep at least one way to pay. */
function crossCheck(section: SettingsSection, value: unknown): void {
  if (section !== "payments") return;
  if (availablePaymentMethodsFor(value as PaymentSettings).length === 0)
    throw new AdminError(CORRECT_FIELDS, {
      enabled: ["Turn on at least one payment method that checkout can offer (Stripe needs its keys too)."],
    });
}

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
  crossCheck(section, value);
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

/**
 * Stores an uploaded logo, favicon or hero image (admins only) under a fresh media key and
 * returns the key, which the section then saves. `field` names the form field for errors.
 */
export async function storeSettingsImage(actor: Actor, field: string, bytes: Uint8Array): Promise<string> {
  if (actor.role !== "admin") throw new AdminError(ADMINS_ONLY);
  const refuse = (message: string) => new AdminError(CORRECT_FIELDS, { [field]: [message] });
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw refuse("The image must be 5 MB or smaller.");
  const kind = detectImageType(bytes);
  if (!kind) throw refuse("Upload a JPEG, PNG, WebP, GIF or AVIF image.");
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height) throw refuse("This image file is damaged.");
  const key = freshMediaKey("settings", kind.ext);
  await mediaStorage.put(key, Buffer.from(bytes), kind.contentType);
  return key;
}
