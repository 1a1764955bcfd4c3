"use client";

import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import type { RiskSettings } from "@/lib/settings/client";

const number = (name: keyof RiskSettings, label: string, value: number, hint: string) => (
  <TextField name={name} label={label} type="number" required defaultValue={String(value)} hint={hint} />
);

export function RiskSettingsForm({
  action,
  settings,
  canEdit,
}: {
  action: FormAction;
  settings: RiskSettings;
  canEdit: boolean;
}) {
  const s = settings;
  return (
    <ActionForm action={action} aria-label="Risk settings" className="max-w-2xl space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <section aria-labelledby="risk-levels" className="grid gap-4 sm:grid-cols-2">
          <h2 id="risk-levels" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Levels
          </h2>
          <p className="text-sm text-gray-700 sm:col-span-2">
            Each signal adds points: Stripe Radar&apos;s highest risk 70, its elevated risk 40, the same card on too
            many orders 40, a card from another country than the delivery 30, the others 25 each. High-risk orders are
            held until staff approve them.
          </p>
          {number("elevatedScore", "Elevated from (points)", s.elevatedScore, "The order is marked for a closer look.")}
          {number("highScore", "High from (points)", s.highScore, "The order is held until staff approve it.")}
        </section>
        <section aria-labelledby="risk-velocity" className="grid gap-4 sm:grid-cols-2">
          <h2 id="risk-velocity" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Orders in a short time
          </h2>
          {number("velocityHours", "Window (hours)", s.velocityHours, "How far back orders are counted (1–168).")}
          {number("maxOrdersPerEmail", "Orders per email", s.maxOrdersPerEmail, "More than this in the window counts.")}
          {number("maxOrdersPerIp", "Orders per IP address", s.maxOrdersPerIp, "More than this in the window counts.")}
          {number("maxOrdersPerCard", "Orders per card", s.maxOrdersPerCard, "More than this in the window counts.")}
        </section>
        <section aria-labelledby="risk-other" className="grid gap-4 sm:grid-cols-2">
          <h2 id="risk-other" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Other signals
          </h2>
          <TextField
            name="averageOrderFactor"
            label="A first order stands out above (× the average order)"
            required
            defaultValue={String(s.averageOrderFactor)}
            hint="Compared with the paid orders of the last 90 days, once there are at least 5."
          />
          {number(
            "openUnpaidFlag",
            "Open unpaid orders that count",
            s.openUnpaidFlag,
            "Bank transfer or cash-on-delivery orders waiting for payment, per email or IP. Checkout refuses a 4th per email and a 6th per IP.",
          )}
        </section>
        <FormMessage />
        {canEdit && <SubmitButton>Save risk settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
