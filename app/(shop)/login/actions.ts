"use server";

import { redirect } from "next/navigation";
import { action, fail } from "@/lib/actions";
import { loginSchema, safeCallbackUrl, signInWithPassword } from "@/lib/auth";

export const login = action(loginSchema, async (input) => {
  const result = await signInWithPassword(input);
  if (!result.ok) return fail(result.message);
  redirect(safeCallbackUrl(input.callbackUrl, "/account"));
});
