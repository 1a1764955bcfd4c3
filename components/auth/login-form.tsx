"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Checkbox, errorsFor, FormMessage, SubmitButton, TextField, useSubmitWithoutReset, type FormAction } from "./form-controls";
import { OAuthButtons } from "./oauth-buttons";

type Props = {
  action: FormAction;
  callbackUrl: string;
  providers: { id: string; name: string }[];
  oauthAction: (provider: string, formData: FormData) => Promise<void>;
};

export function LoginForm({ action, callbackUrl, providers, oauthAction }: Props) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errorsFor(state, "email")} />
      <div>
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          errors={errorsFor(state, "password")}
        />
        <p className="mt-2 text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Forgot your password?
          </Link>
        </p>
      </div>
      <Checkbox name="remember" label="Keep me logged in on this device" />
      <SubmitButton>Log in</SubmitButton>
      <OAuthButtons providers={providers} action={oauthAction} />
    </form>
  );
}
