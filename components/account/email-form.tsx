"use client";

import { CurrentPasswordField } from "@/components/auth/account-fields";
import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-controls";

/** Changing the login email: confirmed with the current password, effective once the new address is verified. */
export function EmailForm({ action, hasPassword }: { action: FormAction; hasPassword: boolean }) {
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage />
      <TextField name="newEmail" label="New email address" type="email" autoComplete="email" required />
      {hasPassword && <CurrentPasswordField />}
      <SubmitButton variant="secondary">Change email</SubmitButton>
    </ActionForm>
  );
}
