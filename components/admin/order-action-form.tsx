"use client";

import { useActionState } from "react";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";

type OrderAction = "mark_paid" | "pack" | "ship" | "deliver" | "cancel" | "refund";

const labels: Record<OrderAction, string> = {
  mark_paid: "Mark paid",
  pack: "Mark packed",
  ship: "Ship",
  deliver: "Mark delivered",
  cancel: "Cancel order",
  refund: "Refund",
};

/**
 * One form per order action. `formKey` is minted per page render: posting the same form
 * twice (double click, retry) changes the order once.
 */
export function OrderActionForm({
  action,
  orderId,
  orderAction,
  formKey,
  stripe,
}: {
  action: FormAction;
  orderId: number;
  orderAction: OrderAction;
  formKey: string;
  stripe: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const id = (name: string) => `${orderAction}-${name}`;
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border border-gray-200 p-4"
      aria-labelledby={id("title")}
      noValidate
    >
      <h3 id={id("title")} className="font-semibold text-gray-950">
        {labels[orderAction]}
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="action" value={orderAction} />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      {orderAction === "mark_paid" && <TextField name="paymentReference" label="Payment reference" maxLength={200} />}
      {orderAction === "ship" && (
        <>
          <TextField name="carrier" label="Carrier" required maxLength={100} errors={errorsFor(state, "carrier")} />
          <TextField
            name="trackingNumber"
            label="Tracking number"
            required
            maxLength={100}
            errors={errorsFor(state, "trackingNumber")}
          />
          <TextField
            name="trackingUrl"
            label="Tracking link"
            maxLength={500}
            hint="https://… (optional)"
            errors={errorsFor(state, "trackingUrl")}
          />
        </>
      )}
      {orderAction === "refund" && (
        <>
          <TextField
            name="amount"
            label="Amount"
            hint="Leave empty to refund everything not yet refunded."
            maxLength={20}
            errors={errorsFor(state, "amount")}
          />
          {stripe && (
            <fieldset>
              <legend className="text-sm font-medium text-gray-900">How the money goes back</legend>
              <label className="mr-4 text-sm">
                <input type="radio" name="refundMethod" value="stripe" defaultChecked /> Through Stripe
              </label>
              <label className="text-sm">
                <input type="radio" name="refundMethod" value="manual" /> Already refunded by hand
              </label>
            </fieldset>
          )}
        </>
      )}
      {(orderAction === "refund" || orderAction === "cancel") && (
        <TextField
          name="reason"
          label="Reason"
          hint={
            orderAction === "cancel"
              ? "Shown on the order's timeline and in the customer's email (optional)."
              : undefined
          }
          maxLength={500}
          errors={errorsFor(state, "reason")}
        />
      )}
      <FormMessage state={state} />
      <SubmitButton variant={orderAction === "cancel" || orderAction === "refund" ? "danger" : "primary"}>
        {labels[orderAction]}
      </SubmitButton>
    </form>
  );
}
