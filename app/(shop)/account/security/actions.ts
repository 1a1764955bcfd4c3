"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction, refused } from "@/lib/actions";
import { changePassword } from "@/lib/account";
import { clientIp, currentPasswordSchema, newPasswordSchema, signInWithPassword } from "@/lib/auth";

const schema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export const updatePassword = authedAction(schema, async (input, caller) => {
  const result = await changePassword(caller.id, input, { ip: clientIp(await headers()) });
  if (!result.ok) return refused(result);
  // Every session just ended, this one too; sign this browser back in with the new
  // password so only the other devices are logged out.
  const signedIn = await signInWithPassword({
    email: caller.email,
    password: input.newPassword,
    remember: caller.remember,
  });
  if (!signedIn.ok) redirect("/login?notice=password-reset");
  redirect("/account/security?notice=password-changed");
});
