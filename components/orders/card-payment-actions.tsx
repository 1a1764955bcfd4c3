"use client";

import { useActionState } from "react";
import { FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";

/** "Pay now" and "Cancel order" for a card order still waiting for its payment. */
export function CardPaymentActions({
  payAction,
  cancelAction,
  number,
  token,
}: {
  payAction: FormAction;
  cancelAction: FormAction;
  number: string;
  token?: string;
}) {
  const [payState, pay] = useActionState(payAction, null);
  const [cancelState, cancel] = useActionState(cancelAction, null);
  const hidden = (
    <>
      <input type="hidden" name="number" value={number} />
      {token && <input type="hidden" name="token" value={token} />}
    </>
  );
  return (
    <div className="mt-4 space-y-3">
      <FormMessage state={payState} />
      <FormMessage state={cancelState} />
      <div className="flex flex-wrap gap-3">
        <form action={pay} aria-label="Pay for this order">
          {hidden}
          <SubmitButton>Pay now</SubmitButton>
        </form>
        <form action={cancel} aria-label="Cancel this order">
          {hidden}
          <SubmitButton variant="secondary">Cancel order</SubmitButton>
        </form>
      </div>
    </div>
  );
}
