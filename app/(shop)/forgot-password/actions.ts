"use server";

import { headers } from "next/headers";
import { action, fail } from "@/lib/actions";
import { RESET_REQUESTED, clientIp, requestPasswordReset, resetRequestSchema } from "@/lib/auth";
import { retryMessage } from "@/lib/rate-limit";

/** The same answer whether or not the email has an account (lib/auth/password-reset.ts). */
export const requestReset = action(resetRequestSchema, async ({ email }) => {
  const result = await requestPasswordReset(email, { ip: clientIp(await headers()) });
  if (!result.ok) return fail(retryMessage(result.retryAfterSeconds));
  return { ok: true, data: undefined, message: RESET_REQUESTED };
});
