"use client";

import { ActionForm, FormMessage, type FormAction } from "@/components/ui/action-form";
import { Checkbox, SubmitButton } from "@/components/ui/form-controls";
import { AddressFields, type AddressDefaults } from "./address-fields";

export type AddressValues = AddressDefaults & { id?: number; isDefault: boolean };

/** Add or edit an address. The region and postcode fields follow the chosen country. */
export function AddressForm({
  action,
  initial,
  submitLabel,
}: {
  action: FormAction;
  initial?: AddressValues;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} className="grid gap-5 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage />
      </div>
      {initial?.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      <AddressFields defaults={initial ?? {}} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Checkbox name="isDefault" label="Use as my default delivery address" defaultChecked={initial?.isDefault} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
