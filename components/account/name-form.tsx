"use client";

import { NameField } from "@/components/auth/account-fields";
import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

export function NameForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage />
      <NameField defaultValue={name} />
      <SubmitButton>Save name</SubmitButton>
    </ActionForm>
  );
}
