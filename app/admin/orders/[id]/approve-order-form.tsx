"use client";

import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/** Approving a held order after reading its reasons; `formKey` (per render) makes a double post approve once. */
export function ApproveOrderForm({
  action,
  orderId,
  formKey,
}: {
  action: FormAction;
  orderId: number;
  formKey: string;
}) {
  return (
    <ActionForm
      action={action}
      aria-label="Approve after the risk review"
      className="space-y-3 rounded-md border border-gray-200 p-4"
    >
      <h3 className="font-semibold text-gray-950">Approve after the risk review</h3>
      <p className="text-sm text-gray-700">Once approved, the order can be packed and shipped like any other.</p>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      <FormMessage />
      <SubmitButton>Approve order</SubmitButton>
    </ActionForm>
  );
}
