"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { Checkbox, SubmitButton, TextField } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, useSubmitWithoutReset, type FormAction } from "@/components/ui/action-form";

export type DiscountDefaults = {
  id: number | null;
  code: string;
  description: string;
  kind: "percentage" | "fixed";
  value: string;
  minSubtotal: string;
  startsAt: string;
  endsAt: string;
  usageLimit: string;
  perCustomerLimit: string;
  active: boolean;
};

export function DiscountForm({ action, defaults }: { action: FormAction; defaults: DiscountDefaults }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  const router = useRouter();
  const saved = state?.ok ? (state.data as { id: number; created: boolean }) : null;
  useEffect(() => {
    if (saved?.created) router.replace(`/admin/discounts/${saved.id}`);
  }, [saved, router]);
  const date = (name: "startsAt" | "endsAt", label: string) => (
    <div>
      <label htmlFor={fieldIds(name).input} className="block text-sm font-medium text-gray-900">
        {label} <span className="font-normal text-gray-600">(optional)</span>
      </label>
      <input
        id={fieldIds(name).input}
        name={name}
        type="date"
        defaultValue={defaults[name]}
        className={inputClass}
        aria-invalid={errorsFor(state, name) ? true : undefined}
        aria-describedby={errorsFor(state, name) ? fieldIds(name).error : undefined}
      />
      {errorsFor(state, name) && (
        <p id={fieldIds(name).error} className="mt-1 text-sm text-red-700">
          {errorsFor(state, name)!.join(" ")}
        </p>
      )}
    </div>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {defaults.id !== null && <input type="hidden" name="id" value={defaults.id} />}
      <TextField
        name="code"
        label="Code"
        required
        maxLength={40}
        defaultValue={defaults.code}
        errors={errorsFor(state, "code")}
        hint="Shoppers may type it in any case."
      />
      <TextField
        name="description"
        label="Description"
        maxLength={300}
        defaultValue={defaults.description}
        errors={errorsFor(state, "description")}
      />
      <div>
        <label htmlFor={fieldIds("kind").input} className="block text-sm font-medium text-gray-900">
          Kind
        </label>
        <select id={fieldIds("kind").input} name="kind" defaultValue={defaults.kind} className={inputClass}>
          <option value="percentage">Percentage off</option>
          <option value="fixed">Fixed amount off</option>
        </select>
      </div>
      <TextField
        name="value"
        label="Discount (percent or amount)"
        required
        maxLength={20}
        defaultValue={defaults.value}
        errors={errorsFor(state, "value")}
      />
      <TextField
        name="minSubtotal"
        label="Minimum subtotal"
        maxLength={20}
        defaultValue={defaults.minSubtotal}
        errors={errorsFor(state, "minSubtotal")}
      />
      <TextField
        name="usageLimit"
        label="Total uses allowed"
        maxLength={9}
        defaultValue={defaults.usageLimit}
        errors={errorsFor(state, "usageLimit")}
      />
      <TextField
        name="perCustomerLimit"
        label="Uses per customer"
        maxLength={9}
        defaultValue={defaults.perCustomerLimit}
        errors={errorsFor(state, "perCustomerLimit")}
      />
      {date("startsAt", "Starts")}
      {date("endsAt", "Ends")}
      <div className="sm:col-span-2">
        <Checkbox name="active" label="Active" defaultChecked={defaults.active} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton>{defaults.id === null ? "Create discount" : "Save discount"}</SubmitButton>
      </div>
    </form>
  );
}
