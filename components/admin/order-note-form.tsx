"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";
import { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";
import { SubmitButton } from "@/components/ui/form-controls";
import { useReportSuccess } from "./order-actions-panel";

/** A staff-only note on the order's timeline; the shopper never sees it. */
export function OrderNoteForm({ action, orderId, formKey }: { action: FormAction; orderId: number; formKey: string }) {
  const [result, formAction] = useActionState(action, null);
  const state = useReportSuccess(result);
  const errors = errorsFor(state, "note");
  const ids = fieldIds("note");
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="note-title" noValidate>
      <h3 id="note-title" className="font-semibold text-gray-950">
        Add a note
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      <div>
        <label htmlFor={ids.input} className="block text-sm font-medium text-gray-900">
          Note for staff
        </label>
        <textarea
          id={ids.input}
          name="note"
          rows={3}
          maxLength={2000}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy("note", errors, "hint")}
          className={inputClass}
        />
        <p id={ids.hint} className="mt-1 text-sm text-gray-600">
          Only staff see notes; the customer never does.
        </p>
        {errors?.length ? (
          <p id={ids.error} className="mt-1 text-sm text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      <SubmitButton variant="secondary">Add note</SubmitButton>
    </form>
  );
}
