"use client";

import { ActionForm, type FormAction, FormMessage, useFieldErrors } from "@/components/ui/action-form";
import { Checkbox, FieldError, SubmitButton, TextField } from "@/components/ui/form-controls";
import { paymentMethodLabels } from "@/lib/orders/client";
import type { PaymentSettings } from "@/lib/settings/client";

const methods = ["stripe", "bank_transfer", "cash_on_delivery"] as const;

export function PaymentsForm({
  action,
  settings,
  stripeConfigured,
  canEdit,
}: {
  action: FormAction;
  settings: PaymentSettings;
  stripeConfigured: boolean;
  canEdit: boolean;
}) {
  const bank = settings.bankTransfer;
  return (
    <ActionForm action={action} aria-label="Payment settings" className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <MethodsFieldset settings={settings} stripeConfigured={stripeConfigured} />
        <section aria-labelledby="payments-bank" className="grid gap-4 sm:grid-cols-2">
          <h2 id="payments-bank" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Bank transfer
          </h2>
          <p className="text-sm text-gray-700 sm:col-span-2">
            Shown to shoppers who pay by bank transfer, with the order number as the reference.
          </p>
          <TextField name="bankTransfer.accountName" label="Account name" defaultValue={bank.accountName} />
          <TextField name="bankTransfer.iban" label="IBAN" defaultValue={bank.iban} />
          <TextField name="bankTransfer.bic" label="BIC / SWIFT" defaultValue={bank.bic} />
          <TextField name="bankTransfer.bankName" label="Bank name" defaultValue={bank.bankName} />
          <TextField
            name="bankTransferDays"
            label="Days to pay"
            type="number"
            required
            defaultValue={String(settings.bankTransferDays)}
            hint="An unpaid transfer is reminded the day before and cancelled after this many days (1–90)."
          />
        </section>
        <FormMessage />
        {canEdit && <SubmitButton>Save payment settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}

function MethodsFieldset({ settings, stripeConfigured }: { settings: PaymentSettings; stripeConfigured: boolean }) {
  const errors = useFieldErrors("enabled");
  return (
    <fieldset
      className="space-y-3 rounded-md border border-gray-200 p-4"
      aria-describedby={errors?.length ? "field-enabled-error" : undefined}
    >
      <legend className="px-1 text-lg font-semibold text-gray-950">Payment methods</legend>
      {methods.map((method) => (
        <Checkbox
          key={method}
          name={`enabled.${method}`}
          label={paymentMethodLabels[method]}
          defaultChecked={settings.enabled[method]}
        />
      ))}
      {!stripeConfigured && (
        <p className="text-sm text-gray-700">
          Card payments need Stripe&apos;s keys (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET) in the environment; until
          then checkout does not offer them.
        </p>
      )}
      <FieldError name="enabled" errors={errors} />
    </fieldset>
  );
}
