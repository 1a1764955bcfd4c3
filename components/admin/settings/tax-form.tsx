"use client";

import { useState } from "react";
import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-controls";
import type { TaxRateSettings, TaxSettings } from "@/lib/settings/client";

// Whether the store's prices include tax, and the rates per country or region. Rates are
// typed in percent; inputs are named by their row ("rates.2.percent") and renumbered as rows
// come and go, so the server's errors land on the row they are about.

const buttonClass =
  "rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";

let nextKey = 0;
const blank: TaxRateSettings = { country: "", region: "", basisPoints: 0, label: "" };

export function TaxForm({
  action,
  settings,
  canEdit,
}: {
  action: FormAction;
  settings: TaxSettings;
  canEdit: boolean;
}) {
  const [rates, setRates] = useState(() => settings.rates.map((value) => ({ key: nextKey++, value })));
  return (
    <ActionForm action={action} aria-label="Tax settings" className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <fieldset className="space-y-2 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-lg font-semibold text-gray-950">Prices</legend>
          {[
            { value: "false", label: "Tax is added on top of prices (the US, Canada)" },
            { value: "true", label: "Prices include tax (the UK, the EU): receipts show the VAT they contain" },
          ].map((choice) => (
            <div key={choice.value} className="flex items-center gap-2">
              <input
                id={`pricesIncludeTax-${choice.value}`}
                type="radio"
                name="pricesIncludeTax"
                value={choice.value}
                defaultChecked={String(settings.pricesIncludeTax) === choice.value}
                className="size-4 border-gray-300"
              />
              <label htmlFor={`pricesIncludeTax-${choice.value}`} className="text-sm text-gray-900">
                {choice.label}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-3 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-lg font-semibold text-gray-950">Rates</legend>
          <p className="text-sm text-gray-700">
            A region&apos;s rate wins over its country&apos;s; a country of <strong>*</strong> covers everywhere else.
            An address without a rate pays no tax.
          </p>
          <ol className="space-y-3">
            {rates.map(({ key, value: rate }, i) => (
              <li key={key} className="flex flex-wrap items-end gap-2 border-b border-gray-100 pb-3">
                <div className="w-24">
                  <TextField
                    name={`rates.${i}.country`}
                    label={`Country ${i + 1}`}
                    required
                    defaultValue={rate.country}
                  />
                </div>
                <div className="w-28">
                  <TextField name={`rates.${i}.region`} label={`Region ${i + 1}`} defaultValue={rate.region} />
                </div>
                <div className="w-28">
                  <TextField
                    name={`rates.${i}.percent`}
                    label={`Rate % ${i + 1}`}
                    required
                    defaultValue={String(rate.basisPoints / 100)}
                  />
                </div>
                <div className="min-w-40 flex-1">
                  <TextField name={`rates.${i}.label`} label={`Label ${i + 1}`} required defaultValue={rate.label} />
                </div>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => setRates((all) => all.filter((x) => x.key !== key))}
                >
                  Remove rate {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className={buttonClass}
            onClick={() => setRates((all) => [...all, { key: nextKey++, value: blank }])}
          >
            Add a rate
          </button>
        </fieldset>
        <FormMessage />
        {canEdit && <SubmitButton>Save tax settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
