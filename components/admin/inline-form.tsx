"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/form-controls";
import { FormMessage, type FormAction } from "@/components/ui/action-form";

/**
 * A small form whose fields come from the server page (a rename box, a parent select), with
 * its outcome announced. Field errors appear in the form message: each has one input.
 */
export function InlineForm({ action, submitLabel, children, className = "flex flex-wrap items-end gap-2" }: { action: FormAction; submitLabel: React.ReactNode; children: React.ReactNode; className?: string }) {
  const [state, formAction] = useActionState(action, null);
  const fieldMessages = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat().filter(Boolean) : [];
  return (
    <form action={formAction} className="space-y-1">
      <div className={className}>
        {children}
        <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state && !state.ok && fieldMessages.length ? { ok: false, formError: `${state.formError ?? ""} ${fieldMessages.join(" ")}`.trim() } : state} />
    </form>
  );
}
