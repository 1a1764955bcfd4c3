"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage, useSubmitWithoutReset } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions";
import type { TrackingView } from "@/lib/orders/client";
import { TrackingResult } from "./tracking-result";

type TrackAction = (
  state: ActionResult<TrackingView> | null,
  formData: FormData,
) => Promise<ActionResult<TrackingView>>;

/** Order number + email → where the order is. The answer replaces nothing else on the page. */
export function TrackForm({ action }: { action: TrackAction }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  const shared = state as ActionResult<unknown> | null;
  return (
    <div className="space-y-8">
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="max-w-md space-y-4"
        aria-label="Track an order"
      >
        {state?.ok ? null : <FormMessage state={shared} />}
        <TextField
          name="number"
          label="Order number"
          autoComplete="off"
          required
          hint="For example NW-7K3M9Q2X, from your confirmation email."
          errors={errorsFor(shared, "number")}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          errors={errorsFor(shared, "email")}
        />
        <SubmitButton>Track order</SubmitButton>
      </form>
      <div aria-live="polite">{state?.ok ? <TrackingResult view={state.data} /> : null}</div>
    </div>
  );
}
