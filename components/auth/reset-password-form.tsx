"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { NewPasswordFields } from "./account-fields";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  return (
    <ActionForm action={action} className="space-y-5">
      <FormMessage />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields name="password" />
      <SubmitButton>Set new password</SubmitButton>
    </ActionForm>
  );
}
