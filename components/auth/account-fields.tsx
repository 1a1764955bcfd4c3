"use client";

import { TextField } from "@/components/ui/form-controls";

// The fields the login, register, password and profile forms share, so each keeps one
// label, autocomplete token and length rule. They take their errors from the enclosing
// ActionForm.

export function EmailField() {
  return <TextField name="email" label="Email" type="email" autoComplete="email" required />;
}

export function NameField({ defaultValue }: { defaultValue?: string }) {
  return (
    <TextField name="name" label="Name" autoComplete="name" required maxLength={100} defaultValue={defaultValue} />
  );
}

export function CurrentPasswordField() {
  return (
    <TextField
      name="currentPassword"
      label="Current password"
      type="password"
      autoComplete="current-password"
      required
    />
  );
}

/** A new password and its repeat; `name` is what the action reads the new password as. */
export function NewPasswordFields({ name }: { name: "password" | "newPassword" }) {
  return (
    <>
      <TextField
        name={name}
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
      />
      <TextField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
