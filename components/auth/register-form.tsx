"use client";

import { TextField } from "@/components/ui/form-controls";
import { EmailField, NameField } from "./account-fields";
import { CredentialsForm, type CredentialsFormProps } from "./credentials-form";

export function RegisterForm(props: CredentialsFormProps) {
  return (
    <CredentialsForm {...props} submitLabel="Create account">
      <NameField />
      <EmailField />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters. A few unrelated words make a strong one."
      />
    </CredentialsForm>
  );
}
