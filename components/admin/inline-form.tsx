"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/**
 * A small form repeated down a page (a rename box per category, a stock change per
 * variant). Its fields (TextField, SelectField) get ids unique to `idScope` and show their
 * own errors; the form's outcome is announced below them.
 */
export function InlineForm({
  action,
  idScope,
  submitLabel,
  children,
  className = "flex flex-wrap items-start gap-2",
  clearOnSuccess,
}: {
  action: FormAction;
  idScope: string;
  submitLabel: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  clearOnSuccess?: boolean;
}) {
  return (
    <ActionForm action={action} idScope={idScope} className="space-y-1" clearOnSuccess={clearOnSuccess}>
      <div className={className}>
        {children}
        <div className="pt-6">
          <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
        </div>
      </div>
      <FormMessage />
    </ActionForm>
  );
}
