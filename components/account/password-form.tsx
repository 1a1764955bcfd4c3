"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "@/components/auth/form-controls";

export function PasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errorsFor(state, "currentPassword")}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={errorsFor(state, "newPassword")}
      />
      <TextField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={errorsFor(state, "confirmPassword")}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
