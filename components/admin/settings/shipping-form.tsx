"use client";

import { useState } from "react";
import { ActionForm, type FormAction, FormMessage, useFieldErrors } from "@/components/ui/action-form";
import { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError, SubmitButton, TextField } from "@/components/ui/form-controls";
import { minorUnitDigits } from "@/lib/money";
import type { ShippingMethodSettings, ShippingSettings, ShippingZoneSettings } from "@/lib/settings/client";

// The owner's shipping zones and their methods. Inputs are named by their path in the
// settings ("zones.0.methods.1.price") and renumbered as rows come and go, so the server's
// errors land on the row they are about. Money is shown and typed in major units.

type Keyed<T> = { key: number; value: T };
let nextKey = 0;
const keyed = <T,>(value: T): Keyed<T> => ({ key: nextKey++, value });

const buttonClass =
  "rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";

const blankMethod: ShippingMethodSettings = {
  id: "",
  name: "",
  price: 0,
  delivery: "",
  freeOver: null,
  weightTiers: [],
};
const blankZone: ShippingZoneSettings = {
  id: "",
  name: "",
  countries: [],
  taxShipping: false,
  methods: [blankMethod],
};

export function ShippingForm({
  action,
  settings,
  currency,
  canEdit,
}: {
  action: FormAction;
  settings: ShippingSettings;
  currency: string;
  canEdit: boolean;
}) {
  const [zones, setZones] = useState(() => settings.zones.map(keyed));
  const zonesErrors = useFieldErrors("zones");
  const major = (amount: number | null) =>
    amount === null ? "" : (amount / 10 ** minorUnitDigits(currency)).toFixed(minorUnitDigits(currency));
  return (
    <ActionForm action={action} aria-label="Shipping settings" className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <p className="text-sm text-gray-700">
          An address uses the zone that names its region, else the one that names its country, else the zone with the
          country <strong>*</strong> (everywhere else). Amounts are in {currency}.
        </p>
        {zones.map(({ key, value: zone }, z) => (
          <ZoneFields
            key={key}
            zone={zone}
            index={z}
            major={major}
            onRemove={() => setZones((all) => all.filter((x) => x.key !== key))}
          />
        ))}
        <FieldError name="zones" errors={zonesErrors} />
        <button type="button" className={buttonClass} onClick={() => setZones((all) => [...all, keyed(blankZone)])}>
          Add a zone
        </button>
        <FormMessage />
        {canEdit && <SubmitButton>Save shipping settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}

function ZoneFields({
  zone,
  index,
  major,
  onRemove,
}: {
  zone: ShippingZoneSettings;
  index: number;
  major: (amount: number | null) => string;
  onRemove: () => void;
}) {
  const at = `zones.${index}`;
  const [methods, setMethods] = useState(() => zone.methods.map(keyed));
  const methodsErrors = useFieldErrors(`${at}.methods`);
  const title = zone.name || `New zone`;
  return (
    <fieldset className="space-y-4 rounded-md border border-gray-300 p-4">
      <legend className="px-1 text-lg font-semibold text-gray-950">
        Zone {index + 1}: {title}
      </legend>
      <input type="hidden" name={`${at}.id`} value={zone.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name={`${at}.name`} label="Zone name" required defaultValue={zone.name} />
        <TextArea
          name={`${at}.countries`}
          label="Countries and regions"
          defaultValue={formatCountries(zone.countries)}
          hint='One per line: a two-letter code ("GB"), a code with regions ("US: HI, AK"), or * for everywhere else.'
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id={fieldIds(`${at}.taxShipping`).input}
          name={`${at}.taxShipping`}
          type="checkbox"
          defaultChecked={zone.taxShipping}
          className="size-4 rounded border-gray-300"
        />
        <label htmlFor={fieldIds(`${at}.taxShipping`).input} className="text-sm text-gray-900">
          Charge tax on shipping to this zone (the UK and the EU)
        </label>
      </div>
      <ol className="space-y-4">
        {methods.map(({ key, value: method }, m) => (
          <li key={key}>
            <MethodFields
              method={method}
              at={`${at}.methods.${m}`}
              label={`Method ${m + 1} of zone ${index + 1}`}
              major={major}
              onRemove={() => setMethods((all) => all.filter((x) => x.key !== key))}
            />
          </li>
        ))}
      </ol>
      <FieldError name={`${at}.methods`} errors={methodsErrors} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={() => setMethods((all) => [...all, keyed(blankMethod)])}>
          Add a method <span className="sr-only">to zone {index + 1}</span>
        </button>
        <button type="button" className={buttonClass} onClick={onRemove}>
          Remove zone {index + 1}
        </button>
      </div>
    </fieldset>
  );
}

function MethodFields({
  method,
  at,
  label,
  major,
  onRemove,
}: {
  method: ShippingMethodSettings;
  at: string;
  label: string;
  major: (amount: number | null) => string;
  onRemove: () => void;
}) {
  const [tiers, setTiers] = useState(() => method.weightTiers.map(keyed));
  return (
    <fieldset className="space-y-3 rounded-md border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold text-gray-900">
        {label}: {method.name || "new method"}
      </legend>
      <input type="hidden" name={`${at}.id`} value={method.id} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name={`${at}.name`} label="Name" required defaultValue={method.name} />
        <TextField name={`${at}.price`} label="Price" required defaultValue={major(method.price)} />
        <TextField
          name={`${at}.delivery`}
          label="Delivery"
          defaultValue={method.delivery}
          hint="e.g. 3–5 business days"
        />
        <TextField
          name={`${at}.freeOver`}
          label="Free over"
          defaultValue={major(method.freeOver)}
          hint="Goods after discount; empty: never free."
        />
      </div>
      {tiers.length > 0 && (
        <ol className="space-y-2" aria-label={`Weight tiers of ${label.toLowerCase()}`}>
          {tiers.map(({ key, value: tier }, t) => (
            <li key={key} className="flex flex-wrap items-end gap-2">
              <div className="flex-1">
                <TextField
                  name={`${at}.weightTiers.${t}.upToGrams`}
                  label={`Tier ${t + 1}: up to (grams)`}
                  required
                  defaultValue={tier.upToGrams ? String(tier.upToGrams) : ""}
                />
              </div>
              <div className="flex-1">
                <TextField
                  name={`${at}.weightTiers.${t}.price`}
                  label={`Tier ${t + 1}: price`}
                  required
                  defaultValue={major(tier.price)}
                />
              </div>
              <button
                type="button"
                className={buttonClass}
                onClick={() => setTiers((all) => all.filter((x) => x.key !== key))}
              >
                Remove tier {t + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm text-gray-600">
        With weight tiers, a parcel pays the first tier its weight fits (a heavier one, the last tier) instead of the
        price.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          onClick={() => setTiers((all) => [...all, keyed({ upToGrams: 0, price: 0 })])}
        >
          Add a weight tier <span className="sr-only">to {label.toLowerCase()}</span>
        </button>
        <button type="button" className={buttonClass} onClick={onRemove}>
          Remove <span className="sr-only">{label.toLowerCase()}</span>
          <span aria-hidden="true">method</span>
        </button>
      </div>
    </fieldset>
  );
}

function TextArea({
  name,
  label,
  defaultValue,
  hint,
}: {
  name: string;
  label: string;
  defaultValue: string;
  hint: string;
}) {
  const errors = useFieldErrors(name);
  const ids = fieldIds(name);
  return (
    <div>
      <label htmlFor={ids.input} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      <textarea
        id={ids.input}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={inputClass}
      />
      <p id={ids.hint} className="mt-1 text-sm text-gray-600">
        {hint}
      </p>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

function formatCountries(countries: ShippingZoneSettings["countries"]): string {
  return countries.map((c) => (c.regions.length ? `${c.code}: ${c.regions.join(", ")}` : c.code)).join("\n");
}
