import "server-only";
import { env } from "@/lib/env";
import { createEasyPostCarrier } from "./easypost";
import type { Carrier } from "./types";

/** How long checkout waits for live rates before it shows the store's own rates alone. */
export const RATES_BUDGET_MS = 1_500;

let cached: Carrier | null | undefined;

/** The configured carrier, or null without EASYPOST_API_KEY (shipping is the store's own rates). */
export function getCarrier(): Carrier | null {
  if (cached !== undefined) return cached;
  cached =
    env.EASYPOST_API_KEY && env.EASYPOST_WEBHOOK_SECRET
      ? createEasyPostCarrier({
          apiKey: env.EASYPOST_API_KEY,
          webhookSecret: env.EASYPOST_WEBHOOK_SECRET,
          apiUrl: env.EASYPOST_API_URL,
          ratesTimeoutMs: RATES_BUDGET_MS,
        })
      : null;
  return cached;
}
