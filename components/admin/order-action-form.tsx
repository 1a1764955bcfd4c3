"use client";

import { useActionState } from "react";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";
import { ConfirmStep } from "./confirm-dialog";
import { useReportSuccess } from "./order-actions-panel";

// Refunds have their own form (./order-refund-form.tsx).
type OrderAction = "mark_paid" | "pack" | "ship" | "deliver" | "cancel";

const labels: Record<OrderAction, string> = {
  mark_paid: "Mark paid",
  pack: "Mark packed",
  ship: "Ship",
  deliver: "Mark delivered",
  cancel: "Cancel order",
};

/**
 * One form per order action. `formKey` is minted per page render: posting the same form
 * twice (double click, retry) changes the order once. Cancelling asks first, saying what
 * the cancel does (`cancelSummary`: the money back, the stock back).
 */
export function OrderActionForm({
  action,
  orderId,
  orderAction,
  formKey,
  cancelSummary,
  buyLabel,
}: {
  action: FormAction;
  orderId: number;
  orderAction: OrderAction;
  formKey: string;
  cancelSummary?: React.ReactNode;
  /** Ship by buying the carrier's label: what the shopper chose (e.g. "USPS Priority · $7.58"). */
  buyLabel?: string;
}) {
  const [result, formAction] = useActionState(action, null);
  const state = useReportSuccess(result);
  const id = (name: string) => `${orderAction}${buyLabel ? "-label" : ""}-${name}`;
  const title = buyLabel ? "Buy label and ship" : labels[orderAction];
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border border-gray-200 p-4"
      aria-labelledby={id("title")}
      noValidate
    >
      <h3 id={id("title")} className="font-semibold text-gray-950">
        {title}
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="action" value={orderAction} />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      {orderAction === "mark_paid" && <TextField name="paymentReference" label="Payment reference" maxLength={200} />}
      {buyLabel && (
        <>
          <input type="hidden" name="buyLabel" value="yes" />
          <p className="text-sm text-gray-700">
            {buyLabel}, chosen at checkout. The label is bought from the carrier once, and its tracking number is sent
            to the customer.
          </p>
        </>
      )}
      {orderAction === "ship" && !buyLabel && (
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
      {orderAction === "cancel" && (
        <TextField
          name="reason"
          label="Reason"
          hint="Shown on the order's timeline and in the customer's email."
          maxLength={500}
          errors={errorsFor(state, "reason")}
        />
      )}
      <FormMessage state={state} />
      <SubmitButton variant={orderAction === "cancel" ? "danger" : "primary"}>
        {orderAction === "cancel" ? "Cancel order…" : title}
      </SubmitButton>
      {orderAction === "cancel" && (
        <ConfirmStep
          title="Cancel this order?"
          summary={cancelSummary}
          confirmLabel="Cancel the order"
          checkboxLabel="Yes, cancel this order (it cannot be undone)."
          error={errorsFor(state, "confirm")}
        />
      )}
    </form>
  );
}
