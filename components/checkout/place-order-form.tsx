"use client";

import { useActionState } from "react";
import { FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/**
 * "Place order". The form carries only this checkout attempt's key (a double submit or a
 * retry finds the same order) and the fingerprint of what the page showed; the server
 * prices everything again. Problems with particular items are listed with the message.
 */
export function PlaceOrderForm({
  action,
  attempt,
  fingerprint,
  label,
  disabled,
}: {
  action: FormAction;
  attempt: string;
  fingerprint: string;
  label: string;
  disabled?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const lineErrors =
    state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([key]) => key.startsWith("line-")) : [];
  return (
    <form action={formAction} className="space-y-3" aria-label="Place your order">
      <FormMessage state={state} />
      {lineErrors.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {lineErrors.map(([key, messages]) => (
            <li key={key}>{messages?.join(" ")}</li>
          ))}
        </ul>
      )}
      <input type="hidden" name="attempt" value={attempt} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      {disabled ? (
        <p className="text-sm text-gray-700">Fix the problems above to place your order.</p>
      ) : (
        <SubmitButton>{label}</SubmitButton>
      )}
    </form>
  );
}
