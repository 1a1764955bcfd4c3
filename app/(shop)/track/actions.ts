"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { action, fail } from "@/lib/actions";
import { clientIp } from "@/lib/auth";
import { retryMessage } from "@/lib/rate-limit";
import { trackOrder, trackingLimits, type TrackingView } from "@/lib/orders";

const trackSchema = z.object({
  number: z
    .string()
    .trim()
    .min(1, "Enter your order number.")
    .max(32, "Enter the order number from your confirmation email."),
  email: z
    .string()
    .trim()
    .min(1, "Enter the email you used for the order.")
    .max(254)
    .pipe(z.email("Enter an email address like name@example.com.")),
});

// One answer for a wrong number and a wrong email: a lookup must not tell which was wrong.
const NOT_FOUND = "We could not find an order with that number and email. Check both and try again.";

export const lookUpOrder = action(trackSchema, async ({ number, email }) => {
  const verdict = await trackingLimits().attempt(clientIp(await headers()), number);
  if (verdict.limited) return fail(retryMessage(verdict.retryAfterSeconds));
  const view: TrackingView | null = await trackOrder(number, email);
  if (!view) return fail(NOT_FOUND);
  return { ok: true, data: view };
});
