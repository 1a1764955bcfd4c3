"use client";

import { CurrentPasswordField, NewPasswordFields } from "@/components/auth/account-fields";
import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

export function PasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage />
      <CurrentPasswordField />
      <NewPasswordFields name="newPassword" />
      <SubmitButton>Change password</SubmitButton>
    </ActionForm>
  );
}
