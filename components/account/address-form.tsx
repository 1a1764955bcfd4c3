"use client";

import { useActionState, useState } from "react";
import {
  Checkbox,
  describedBy,
  errorsFor,
  FieldError,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
  TextField,
  useSubmitWithoutReset,
  type FormAction,
} from "@/components/auth/form-controls";
import { COUNTRY_CODES, COUNTRY_RULES, isCountryCode, type CountryCode } from "@/lib/account/address-rules";

export type AddressValues = {
  id?: number;
  fullName: string;
  company: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
  isDefault: boolean;
};

/** Add or edit an address. The region and postcode fields follow the chosen country. */
export function AddressForm({ action, initial, submitLabel }: { action: FormAction; initial?: AddressValues; submitLabel: string }) {
  const [state, formAction] = useActionState(action, null);
  const onSubmit = useSubmitWithoutReset(formAction);
  const [country, setCountry] = useState<CountryCode>(isCountryCode(initial?.country) ? initial.country : "US");
  const rule = COUNTRY_RULES[country];
  const value = (name: keyof AddressValues) => String(initial?.[name] ?? "");
  const regionErrors = errorsFor(state, "region");
  const countryErrors = errorsFor(state, "country");

  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-5 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {initial?.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      <div className="sm:col-span-2">
        <label htmlFor={fieldIds("country").input} className="block text-sm font-medium text-gray-900">
          Country
        </label>
        <select
          id={fieldIds("country").input}
          name="country"
          value={country}
          onChange={(e) => isCountryCode(e.target.value) && setCountry(e.target.value)}
          aria-invalid={countryErrors?.length ? true : undefined}
          aria-describedby={describedBy("country", countryErrors)}
          className={inputClass}
        >
          {COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTRY_RULES[code].name}
            </option>
          ))}
        </select>
        <FieldError name="country" errors={countryErrors} />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="fullName"
          label="Full name"
          autoComplete="name"
          required
          defaultValue={value("fullName")}
          errors={errorsFor(state, "fullName")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="company"
          label="Company"
          autoComplete="organization"
          defaultValue={value("company")}
          errors={errorsFor(state, "company")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="line1"
          label="Street address"
          autoComplete="address-line1"
          required
          defaultValue={value("line1")}
          errors={errorsFor(state, "line1")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="line2"
          label="Apartment, suite, etc."
          autoComplete="address-line2"
          defaultValue={value("line2")}
          errors={errorsFor(state, "line2")}
        />
      </div>
      <TextField
        name="city"
        label="Town or city"
        autoComplete="address-level2"
        required
        defaultValue={value("city")}
        errors={errorsFor(state, "city")}
      />
      {"regions" in rule && rule.regions ? (
        <div>
          <label htmlFor={fieldIds("region").input} className="block text-sm font-medium text-gray-900">
            {rule.regionLabel}
          </label>
          <select
            // Remount on country change so a US state is never submitted for Canada.
            key={country}
            id={fieldIds("region").input}
            name="region"
            required
            autoComplete="address-level1"
            defaultValue={value("region")}
            aria-invalid={regionErrors?.length ? true : undefined}
            aria-describedby={describedBy("region", regionErrors)}
            className={inputClass}
          >
            <option value="">Choose…</option>
            {Object.entries(rule.regions).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <FieldError name="region" errors={regionErrors} />
        </div>
      ) : "regionLabel" in rule && rule.regionLabel ? (
        <TextField
          key={country}
          name="region"
          label={rule.regionLabel.replace(" (optional)", "")}
          autoComplete="address-level1"
          defaultValue={value("region")}
          errors={regionErrors}
        />
      ) : (
        <input type="hidden" name="region" value="" />
      )}
      <TextField
        name="postalCode"
        label={rule.postalLabel}
        autoComplete="postal-code"
        required
        hint={`For example ${rule.postalExample}`}
        defaultValue={value("postalCode")}
        errors={errorsFor(state, "postalCode")}
      />
      <TextField
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="For delivery questions only."
        defaultValue={value("phone")}
        errors={errorsFor(state, "phone")}
      />
      <div className="sm:col-span-2">
        <Checkbox name="isDefault" label="Use as my default delivery address" defaultChecked={initial?.isDefault} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
