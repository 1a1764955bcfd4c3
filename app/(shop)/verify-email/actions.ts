"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { action, fail } from "@/lib/actions";
import { getSessionUser, verifyEmailToken } from "@/lib/auth";

export const verifyEmail = action(z.object({ token: z.string() }), async ({ token }) => {
  const result = await verifyEmailToken(token);
  if (!result.ok) {
    return fail(
      result.reason === "email_taken"
        ? "Another account now uses this email address, so it cannot be added to yours."
        : "This link has expired or has already been used. You can ask for a new one on your account page.",
    );
  }
  redirect((await getSessionUser()) ? "/account?notice=email-verified" : "/login?notice=email-verified");
});
