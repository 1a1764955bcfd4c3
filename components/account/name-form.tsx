"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "@/components/auth/form-controls";

export function NameForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={name}
        errors={errorsFor(state, "name")}
      />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}
