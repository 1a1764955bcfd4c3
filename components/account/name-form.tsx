"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmittedValues, type FormAction } from "@/components/auth/form-controls";

export function NameForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction] = useActionState(action, null);
  const [values, submit] = useSubmittedValues(formAction);
  return (
    <form action={submit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Name" autoComplete="name" required maxLength={100} defaultValue={values.name ?? name} errors={errorsFor(state, "name")} />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}
