"use client";

import { useState } from "react";
import { describedBy, FieldError, fieldIds, inputClass, TextField } from "@/components/auth/form-controls";
import { COUNTRY_CODES, COUNTRY_RULES, type CountryCode, isCountryCode } from "@/lib/account/address-rules";

export type AddressDefaults = Partial<Record<"fullName" | "company" | "line1" | "line2" | "city" | "region" | "postalCode" | "country" | "phone", string>>;

/**
 * The delivery address fields, labelled and validated per country with the address
 * book's rules (lib/account). The region and postcode follow the chosen country; the
 * server validates again whatever arrives. `onCountryChange` lets the shipping choice
 * show that country's prices.
 */
export function AddressFields({
  defaults,
  errors,
  onCountryChange,
}: {
  defaults: AddressDefaults;
  errors: Record<string, string[] | undefined>;
  onCountryChange?: (country: CountryCode) => void;
}) {
  const [country, setCountry] = useState<CountryCode>(isCountryCode(defaults.country) ? defaults.country : "US");
  const rule = COUNTRY_RULES[country];
  const value = (name: keyof AddressDefaults) => defaults[name] ?? "";

  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <label htmlFor={fieldIds("country").input} className="block text-sm font-medium text-gray-900">
          Country
        </label>
        <select
          id={fieldIds("country").input}
          name="country"
          value={country}
          autoComplete="country"
          onChange={(e) => {
            if (!isCountryCode(e.target.value)) return;
            setCountry(e.target.value);
            onCountryChange?.(e.target.value);
          }}
          aria-invalid={errors.country?.length ? true : undefined}
          aria-describedby={describedBy("country", errors.country)}
          className={inputClass}
        >
          {COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTRY_RULES[code].name}
            </option>
          ))}
        </select>
        <FieldError name="country" errors={errors.country} />
      </div>
      <div className="sm:col-span-2">
        <TextField name="fullName" label="Full name" autoComplete="name" required defaultValue={value("fullName")} errors={errors.fullName} />
      </div>
      <div className="sm:col-span-2">
        <TextField name="company" label="Company" autoComplete="organization" defaultValue={value("company")} errors={errors.company} />
      </div>
      <div className="sm:col-span-2">
        <TextField name="line1" label="Street address" autoComplete="address-line1" required defaultValue={value("line1")} errors={errors.line1} />
      </div>
      <div className="sm:col-span-2">
        <TextField name="line2" label="Apartment, suite, etc." autoComplete="address-line2" defaultValue={value("line2")} errors={errors.line2} />
      </div>
      <TextField name="city" label="Town or city" autoComplete="address-level2" required defaultValue={value("city")} errors={errors.city} />
      {"regions" in rule && rule.regions ? (
        <div>
          <label htmlFor={fieldIds("region").input} className="block text-sm font-medium text-gray-900">
            {rule.regionLabel}
          </label>
          <select
            key={country}
            id={fieldIds("region").input}
            name="region"
            required
            autoComplete="address-level1"
            defaultValue={value("region")}
            aria-invalid={errors.region?.length ? true : undefined}
            aria-describedby={describedBy("region", errors.region)}
            className={inputClass}
          >
            <option value="">Choose…</option>
            {Object.entries(rule.regions).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <FieldError name="region" errors={errors.region} />
        </div>
      ) : "regionLabel" in rule && rule.regionLabel ? (
        <TextField
          key={country}
          name="region"
          label={rule.regionLabel.replace(" (optional)", "")}
          autoComplete="address-level1"
          defaultValue={value("region")}
          errors={errors.region}
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
        errors={errors.postalCode}
      />
      <TextField name="phone" label="Phone" type="tel" autoComplete="tel" hint="For delivery questions only." defaultValue={value("phone")} errors={errors.phone} />
    </div>
  );
}
