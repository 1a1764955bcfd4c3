"use client";

import { useActionState } from "react";
import { useReportSuccess } from "@/components/admin/order-actions-panel";
import { type FormAction, FormMessage } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/**
 * Approving a held order after reading its reasons. `formKey` (per render) makes a double
 * post approve once; the success is said in the actions panel, since this form is gone once
 * the order is no longer held.
 */
export function ApproveOrderForm({
  action,
  orderId,
  formKey,
}: {
  action: FormAction;
  orderId: number;
  formKey: string;
}) {
  const [result, formAction] = useActionState(action, null);
  const state = useReportSuccess(result);
  return (
    <form
      action={formAction}
      aria-labelledby="approve-title"
      className="space-y-3 rounded-md border border-gray-200 p-4"
      noValidate
    >
      <h3 id="approve-title" className="font-semibold text-gray-950">
        Approve after the risk review
      </h3>
      <p className="text-sm text-gray-700">Once approved, the order can be packed and shipped like any other.</p>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      <FormMessage state={state} />
      <SubmitButton>Approve order</SubmitButton>
    </form>
  );
}
