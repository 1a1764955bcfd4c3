"use server";

import { headers } from "next/headers";
import { action, fail } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { RESET_REQUESTED } from "@/lib/auth/messages";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { resetRequestSchema } from "@/lib/auth/schemas";
import { retryMessage } from "@/lib/rate-limit";

/** The same answer whether or not the email has an account (lib/auth/password-reset.ts). */
export const requestReset = action(resetRequestSchema, async ({ email }) => {
  const result = await requestPasswordReset(email, { ip: clientIp(await headers()) });
  if (!result.ok) return fail(retryMessage(result.retryAfterSeconds));
  return { ok: true, data: undefined, message: RESET_REQUESTED };
});
