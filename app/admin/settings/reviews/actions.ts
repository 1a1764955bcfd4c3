"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction, saveSettings } from "@/lib/admin";

const checked = z.preprocess((v) => v === "on" || v === "true", z.boolean());

export const saveReviewSettingsAction = adminAction(
  z.object({ holdForModeration: checked }),
  async (input, { actor, db }) => {
    await saveSettings(db, actor, "reviews", { holdForModeration: input.holdForModeration });
    refresh();
    return null;
  },
  "Review settings saved.",
);
