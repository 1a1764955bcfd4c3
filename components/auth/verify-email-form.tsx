"use client";

import { useActionState } from "react";
import { FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

export function VerifyEmailForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Confirm my email address</SubmitButton>
    </form>
  );
}
