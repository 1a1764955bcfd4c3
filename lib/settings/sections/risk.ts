import { z } from "zod";

// The fraud check's thresholds (lib/risk): what score makes an order elevated or high (held
// for staff), how many orders one email, IP or card may place in the window before it counts
// against them, how far above the store's average a first order stands out, and how many open
// unpaid manual orders flag an email or IP (the checkout refuses beyond its own cap of 3 and 5).

const whole = (min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `Enter a whole number of ${unit}.` })
    .int(`Enter a whole number of ${unit}.`)
    .min(min, `At least ${min}.`)
    .max(max, `At most ${max}.`);

export const riskSettingsSchema = z
  .object({
    elevatedScore: whole(1, 1000, "points"),
    highScore: whole(1, 1000, "points"),
    velocityHours: whole(1, 168, "hours"),
    maxOrdersPerEmail: whole(1, 100, "orders"),
    maxOrdersPerIp: whole(1, 100, "orders"),
    maxOrdersPerCard: whole(1, 100, "orders"),
    averageOrderFactor: z.coerce
      .number({ error: "Enter a number such as 3." })
      .min(1.5, "At least 1.5.")
      .max(100, "At most 100."),
    openUnpaidFlag: whole(1, 100, "orders"),
  })
  .refine((s) => s.highScore > s.elevatedScore, {
    path: ["highScore"],
    message: "The high score must be above the elevated score.",
  });

export type RiskSettings = z.infer<typeof riskSettingsSchema>;

// The points each signal adds are in lib/risk/score.ts; with these, Radar's "highest" alone
// holds an order, and two of the lighter signals together make it elevated.
export const riskDefaults: RiskSettings = {
  elevatedScore: 25,
  highScore: 60,
  velocityHours: 24,
  maxOrdersPerEmail: 3,
  maxOrdersPerIp: 5,
  maxOrdersPerCard: 3,
  averageOrderFactor: 4,
  openUnpaidFlag: 2,
};
