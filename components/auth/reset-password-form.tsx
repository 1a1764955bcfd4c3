"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "./form-controls";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={errorsFor(state, "password")}
      />
      <TextField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={errorsFor(state, "confirmPassword")}
      />
      <SubmitButton>Set new password</SubmitButton>
    </form>
  );
}
