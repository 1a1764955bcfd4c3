"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { AdminError, adminAction, saveSettings, shippingErrorFields, shippingFromForm } from "@/lib/admin";
import { env } from "@/lib/env";
import { CORRECT_FIELDS, RefusalError } from "@/lib/errors";

// Saves /admin/settings/shipping: the form's flat fields reshaped into zones and methods,
// money turned into minor units; saveSettings validates (admins only, audited) and its field
// errors come back named like the inputs of their row.
export const saveShippingSettingsAction = adminAction(
  z.record(z.string(), z.unknown()),
  async (input, { actor, db }) => {
    const parsed = shippingFromForm(input, env.STORE_CURRENCY);
    if (!parsed.ok) throw new AdminError(CORRECT_FIELDS, parsed.fields);
    try {
      await saveSettings(db, actor, "shipping", parsed.value);
    } catch (error) {
      if (error instanceof RefusalError && error.refusal.fields)
        throw new AdminError(error.refusal.message, shippingErrorFields(error.refusal.fields));
      throw error;
    }
    refresh();
    return null;
  },
  "Shipping settings saved.",
);
