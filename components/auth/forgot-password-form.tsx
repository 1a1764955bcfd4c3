"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmittedValues, type FormAction } from "./form-controls";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  const [values, submit] = useSubmittedValues(formAction);
  return (
    <form action={submit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={values.email} errors={errorsFor(state, "email")} />
      <SubmitButton>Email me a reset link</SubmitButton>
    </form>
  );
}
