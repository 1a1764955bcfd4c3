"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { Checkbox, SubmitButton } from "@/components/ui/form-controls";
import { OAuthButtons } from "./oauth-buttons";

export type CredentialsFormProps = {
  action: FormAction;
  callbackUrl: string;
  providers: { id: string; name: string }[];
  oauthAction: (provider: string, formData: FormData) => Promise<void>;
};

/** The frame of the login and register forms: their fields, "keep me logged in", the button, social sign-in. */
export function CredentialsForm({
  action,
  callbackUrl,
  providers,
  oauthAction,
  submitLabel,
  children,
}: CredentialsFormProps & { submitLabel: string; children: React.ReactNode }) {
  return (
    <ActionForm action={action} className="space-y-5">
      <FormMessage />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {children}
      <Checkbox name="remember" label="Keep me logged in on this device" />
      <SubmitButton>{submitLabel}</SubmitButton>
      <OAuthButtons providers={providers} action={oauthAction} />
    </ActionForm>
  );
}
