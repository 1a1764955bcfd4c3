"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { AdminError, adminAction, saveSettings, taxErrorFields, taxFromForm } from "@/lib/admin";
import { CORRECT_FIELDS, RefusalError } from "@/lib/errors";

// Saves /admin/settings/tax: whether prices include tax, and the rates (percent typed, basis
// points stored); saveSettings validates (admins only, audited).
export const saveTaxSettingsAction = adminAction(
  z.record(z.string(), z.unknown()),
  async (input, { actor, db }) => {
    const parsed = taxFromForm(input);
    if (!parsed.ok) throw new AdminError(CORRECT_FIELDS, parsed.fields);
    try {
      await saveSettings(db, actor, "tax", parsed.value);
    } catch (error) {
      if (error instanceof RefusalError && error.refusal.fields)
        throw new AdminError(error.refusal.message, taxErrorFields(error.refusal.fields));
      throw error;
    }
    refresh();
    return null;
  },
  "Tax settings saved.",
);
