"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-controls";
import { ChoiceGroup } from "./choice-group";

export type DeliveryOption = { value: string; label: string; delivery: string; price: string };

/**
 * The review's delivery choice when a carrier quotes live rates: the store's method from the
 * details step beside the carrier's rates. Each rate's value is sealed by the server; the
 * order is priced from the server's copy, never from this form.
 */
export function DeliveryChoiceForm({
  action,
  options,
  chosen,
}: {
  action: FormAction;
  options: DeliveryOption[];
  chosen: string;
}) {
  return (
    <ActionForm action={action} className="mt-2 space-y-3" aria-label="Delivery options">
      <FormMessage />
      <ChoiceGroup
        name="choice"
        legend="Delivery options"
        defaultValue={chosen}
        choices={options.map((o) => ({ value: o.value, label: o.label, hint: o.delivery, aside: o.price }))}
      />
      <SubmitButton>Use this delivery</SubmitButton>
    </ActionForm>
  );
}
