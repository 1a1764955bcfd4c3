"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction, saveSettings } from "@/lib/admin";

// The risk section's form posts each threshold as text; saveSettings validates them (lib/settings/sections/risk.ts).
const text = z.string().optional().default("");

export const saveRiskSettingsAction = adminAction(
  z.object({
    elevatedScore: text,
    highScore: text,
    velocityHours: text,
    maxOrdersPerEmail: text,
    maxOrdersPerIp: text,
    maxOrdersPerCard: text,
    averageOrderFactor: text,
    openUnpaidFlag: text,
  }),
  async (input, { actor, db }) => {
    await saveSettings(db, actor, "risk", input);
    refresh();
    return null;
  },
  "Risk settings saved.",
);
