"use client";

import Link from "next/link";
import { TextField } from "@/components/ui/form-controls";
import { EmailField } from "./account-fields";
import { CredentialsForm, type CredentialsFormProps } from "./credentials-form";

export function LoginForm(props: CredentialsFormProps) {
  return (
    <CredentialsForm {...props} submitLabel="Log in">
      <EmailField />
      <div>
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        <p className="mt-2 text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Forgot your password?
          </Link>
        </p>
      </div>
    </CredentialsForm>
  );
}
