"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { EmailField } from "./account-fields";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} className="space-y-5">
      <FormMessage />
      <EmailField />
      <SubmitButton>Email me a reset link</SubmitButton>
    </ActionForm>
  );
}
