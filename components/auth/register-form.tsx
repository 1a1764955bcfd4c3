"use client";

import { useActionState } from "react";
import { Checkbox, errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "./form-controls";
import { OAuthButtons } from "./oauth-buttons";

type Props = {
  action: FormAction;
  callbackUrl: string;
  providers: { id: string; name: string }[];
  oauthAction: (provider: string, formData: FormData) => Promise<void>;
};

export function RegisterForm({ action, callbackUrl, providers, oauthAction }: Props) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="name" label="Name" autoComplete="name" required maxLength={100} errors={errorsFor(state, "name")} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errorsFor(state, "email")} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters. A few unrelated words make a strong one."
        errors={errorsFor(state, "password")}
      />
      <Checkbox name="remember" label="Keep me logged in on this device" />
      <SubmitButton>Create account</SubmitButton>
      <OAuthButtons providers={providers} action={oauthAction} />
    </form>
  );
}
