"use server";

import { redirect } from "next/navigation";
import { action, fail } from "@/lib/actions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { loginSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";

export const login = action(loginSchema, async (input) => {
  const result = await signInWithPassword(input);
  if (!result.ok) return fail(result.message);
  redirect(safeCallbackUrl(input.callbackUrl, "/account"));
});
