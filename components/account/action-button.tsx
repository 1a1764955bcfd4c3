"use client";

import { useActionState } from "react";
import { FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/** A one-button form (resend a link, delete, make default) with its outcome announced. */
export function ActionButton({
  action,
  label,
  fields = {},
  variant = "secondary",
}: {
  action: FormAction;
  label: React.ReactNode;
  fields?: Record<string, string | number>;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
