"use server";

import { redirect } from "next/navigation";
import { action, fail } from "@/lib/actions";
import { resetPassword, resetPasswordSchema } from "@/lib/auth";

export const setNewPassword = action(resetPasswordSchema, async ({ token, password }) => {
  const result = await resetPassword(token, password);
  if (!result.ok) return fail("This reset link has expired or has already been used. Request a new one.");
  // Every session has ended (this browser's too, if it had one): log in afresh.
  redirect("/login?notice=password-reset");
});
