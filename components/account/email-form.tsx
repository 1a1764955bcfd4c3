"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmittedValues, type FormAction } from "@/components/auth/form-controls";

/** Changing the login email: confirmed with the current password, effective once the new address is verified. */
export function EmailForm({ action, hasPassword }: { action: FormAction; hasPassword: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const [values, submit] = useSubmittedValues(formAction);
  return (
    <form action={submit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="newEmail" label="New email address" type="email" autoComplete="email" required defaultValue={values.newEmail} errors={errorsFor(state, "newEmail")} />
      {hasPassword && (
        <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errorsFor(state, "currentPassword")} />
      )}
      <SubmitButton variant="secondary">Change email</SubmitButton>
    </form>
  );
}
