"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, fail } from "@/lib/actions";
import {
  REGISTRATION_UNAVAILABLE,
  clientIp,
  registerSchema,
  registerUser,
  safeCallbackUrl,
  signInWithPassword,
} from "@/lib/auth";
import { retryMessage } from "@/lib/rate-limit";

const schema = registerSchema.extend({
  remember: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  callbackUrl: z.string().optional(),
});

export const register = action(schema, async (input) => {
  const ip = clientIp(await headers());
  const result = await registerUser(input, { ip });
  if (!result.ok) {
    return result.reason === "rate_limited"
      ? fail(retryMessage(result.retryAfterSeconds))
      : fail(REGISTRATION_UNAVAILABLE);
  }
  const signedIn = await signInWithPassword({ email: input.email, password: input.password, remember: input.remember });
  if (!signedIn.ok) redirect("/login");
  redirect(safeCallbackUrl(input.callbackUrl, "/account?welcome=1"));
});
