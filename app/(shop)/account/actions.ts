"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authedAction, refused } from "@/lib/actions";
import { requestEmailChange, resendVerification, updateName } from "@/lib/account";
import { clientIp, emailSchema, nameSchema } from "@/lib/auth";

export const saveName = authedAction(z.object({ name: nameSchema }), async ({ name }, caller) => {
  await updateName(caller.id, name);
  refresh();
  return { ok: true, data: undefined, message: "Your name has been saved." };
});

export const changeEmail = authedAction(
  z.object({ newEmail: emailSchema, currentPassword: z.string().max(200).default("") }),
  async (input, caller) => {
    const result = await requestEmailChange(caller.id, input, { ip: clientIp(await headers()) });
    if (!result.ok) return refused(result);
    refresh();
    return {
      ok: true,
      data: undefined,
      message: `We sent a confirmation link to ${input.newEmail}. Your email address changes when you follow it.`,
    };
  },
);

export const sendVerificationAgain = authedAction(z.object({}), async (_input, caller) => {
  const result = await resendVerification(caller.id, { ip: clientIp(await headers()) });
  if (!result.ok) return refused(result);
  return { ok: true, data: undefined, message: "We sent you a new confirmation link." };
});
