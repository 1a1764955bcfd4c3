"use client";

import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/form-controls";
import type { StoreSettings } from "@/lib/settings/client";
import { SettingsImageField } from "./store-image-field";

export function StoreForm({
  action,
  settings,
  logoUrl,
  faviconUrl,
  canEdit,
  zones,
}: {
  action: FormAction;
  settings: StoreSettings;
  /** The time zones to choose from, listed by the server so the browser renders the same options. */
  zones: string[];
  logoUrl: string | null;
  faviconUrl: string;
  canEdit: boolean;
}) {
  const a = settings.address;
  const zoneList = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <ActionForm action={action} aria-label="Store settings" className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <section aria-labelledby="store-identity" className="grid gap-4 sm:grid-cols-2">
          <h2 id="store-identity" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Identity
          </h2>
          <TextField name="name" label="Store name" required defaultValue={settings.name} maxLength={80} />
          <TextField
            name="contactEmail"
            label="Contact email"
            type="email"
            required
            defaultValue={settings.contactEmail}
            hint="Shown on receipts and in the footer of every email."
          />
          <SettingsImageField
            name="logo"
            label="Logo"
            currentPath={settings.logoPath}
            currentUrl={logoUrl}
            removeLabel="Remove the logo (show the name as text)"
            hint="Shown in the header instead of the name. PNG, JPEG, WebP, GIF or AVIF, up to 5 MB."
          />
          <SettingsImageField
            name="favicon"
            label="Favicon"
            currentPath={settings.faviconPath === "/favicon.svg" ? null : settings.faviconPath}
            currentUrl={faviconUrl}
            removeLabel="Use the default favicon"
            hint="The small icon in browser tabs; a square image works best."
          />
        </section>
        <section aria-labelledby="store-address" className="grid gap-4 sm:grid-cols-2">
          <h2 id="store-address" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Address and tax id
          </h2>
          <p className="text-sm text-gray-700 sm:col-span-2">Printed on receipts and in email footers.</p>
          <TextField name="address.line1" label="Address line 1" defaultValue={a.line1} autoComplete="address-line1" />
          <TextField name="address.line2" label="Address line 2" defaultValue={a.line2} autoComplete="address-line2" />
          <TextField name="address.city" label="City" defaultValue={a.city} autoComplete="address-level2" />
          <TextField name="address.region" label="State or region" defaultValue={a.region} />
          <TextField name="address.postalCode" label="Postal code" defaultValue={a.postalCode} />
          <TextField
            name="address.country"
            label="Country code"
            defaultValue={a.country}
            maxLength={2}
            hint="Two letters, e.g. US, GB, DE."
          />
          <TextField name="taxId" label="Tax id (VAT or EIN)" defaultValue={settings.taxId} />
        </section>
        <section aria-labelledby="store-where" className="grid gap-4 sm:grid-cols-2">
          <h2 id="store-where" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Time and place
          </h2>
          <SelectField name="timeZone" label="Time zone" defaultValue={settings.timeZone}>
            {zoneList.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </SelectField>
          <TextField
            name="publicUrl"
            label="Public URL"
            defaultValue={settings.publicUrl}
            hint="Where shoppers reach the store, e.g. https://shop.example.com. Links in emails use it."
          />
        </section>
        <FormMessage />
        {canEdit && <SubmitButton>Save store settings</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
