"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/form-controls";
import { COUNTRY_CODES, COUNTRY_RULES, isCountryCode, type CountryCode } from "@/lib/account/client";

type AddressFieldName =
  "fullName" | "company" | "line1" | "line2" | "city" | "region" | "postalCode" | "country" | "phone";

export type AddressDefaults = Partial<Record<AddressFieldName, string>>;

// The full-width lines above the city, in the order a shopper fills them in.
const lines = [
  { name: "fullName", label: "Full name", autoComplete: "name", required: true },
  { name: "company", label: "Company", autoComplete: "organization" },
  { name: "line1", label: "Street address", autoComplete: "address-line1", required: true },
  { name: "line2", label: "Apartment, suite, etc.", autoComplete: "address-line2" },
] as const;

/**
 * The address fields of the address book and the checkout, labelled and validated per
 * country with lib/account's rules. The region and postcode follow the chosen country;
 * the server validates again whatever arrives. Errors come from the enclosing ActionForm.
 * `onCountryChange` lets the checkout's shipping choice show that country's prices.
 */
export function AddressFields({
  defaults,
  onCountryChange,
  className,
}: {
  defaults: AddressDefaults;
  onCountryChange?: (country: CountryCode) => void;
  className?: string;
}) {
  const [country, setCountry] = useState<CountryCode>(isCountryCode(defaults.country) ? defaults.country : "US");
  const rule = COUNTRY_RULES[country];
  const value = (name: AddressFieldName) => defaults[name] ?? "";

  return (
    <div className={className ? `grid gap-5 sm:grid-cols-2 ${className}` : "grid gap-5 sm:grid-cols-2"}>
      <div className="sm:col-span-2">
        <SelectField
          name="country"
          label="Country"
          value={country}
          autoComplete="country"
          onChange={(e) => {
            if (!isCountryCode(e.target.value)) return;
            setCountry(e.target.value);
            onCountryChange?.(e.target.value);
          }}
        >
          {COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTRY_RULES[code].name}
            </option>
          ))}
        </SelectField>
      </div>
      {lines.map((line) => (
        <div key={line.name} className="sm:col-span-2">
          <TextField {...line} defaultValue={value(line.name)} />
        </div>
      ))}
      <TextField name="city" label="Town or city" autoComplete="address-level2" required defaultValue={value("city")} />
      {"regions" in rule && rule.regions ? (
        <SelectField
          // Remount on country change so a US state is never submitted for Canada.
          key={country}
          name="region"
          label={rule.regionLabel ?? "Region"}
          required
          autoComplete="address-level1"
          defaultValue={value("region")}
        >
          <option value="">Choose…</option>
          {Object.entries(rule.regions).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      ) : "regionLabel" in rule && rule.regionLabel ? (
        <TextField
          key={country}
          name="region"
          label={rule.regionLabel.replace(" (optional)", "")}
          autoComplete="address-level1"
          defaultValue={value("region")}
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
      />
      <TextField
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="For delivery questions only."
        defaultValue={value("phone")}
      />
    </div>
  );
}
