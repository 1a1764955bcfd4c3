"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "@/components/auth/form-controls";

/** Changing the login email: confirmed with the current password, effective once the new address is verified. */
export function EmailForm({ action, hasPassword }: { action: FormAction; hasPassword: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="newEmail"
        label="New email address"
        type="email"
        autoComplete="email"
        required
        errors={errorsFor(state, "newEmail")}
      />
      {hasPassword && (
        <TextField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          errors={errorsFor(state, "currentPassword")}
        />
      )}
      <SubmitButton variant="secondary">Change email</SubmitButton>
    </form>
  );
}
