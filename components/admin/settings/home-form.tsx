"use client";

import { ActionForm, type FormAction, FormMessage } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/form-controls";
import type { HomeSettings } from "@/lib/settings/client";
import { SettingsImageField } from "./store-image-field";

export type CategoryChoice = { slug: string; label: string };

export function HomeForm({
  action,
  settings,
  heroImageUrl,
  categories,
  canEdit,
}: {
  action: FormAction;
  settings: HomeSettings;
  heroImageUrl: string | null;
  categories: CategoryChoice[];
  canEdit: boolean;
}) {
  return (
    <ActionForm action={action} aria-label="Home page settings" className="space-y-6">
      <fieldset disabled={!canEdit} className="space-y-6">
        <section aria-labelledby="home-hero" className="grid gap-4 sm:grid-cols-2">
          <h2 id="home-hero" className="text-lg font-semibold text-gray-950 sm:col-span-2">
            Hero
          </h2>
          <div className="sm:col-span-2">
            <TextField name="heroTitle" label="Title" required defaultValue={settings.heroTitle} maxLength={120} />
          </div>
          <div className="sm:col-span-2">
            <TextField name="heroText" label="Text" defaultValue={settings.heroText} maxLength={300} />
          </div>
          <TextField
            name="heroButtonLabel"
            label="Button label"
            defaultValue={settings.heroButtonLabel}
            maxLength={40}
            hint="Empty: the button shops the first category."
          />
          <TextField
            name="heroButtonHref"
            label="Button target"
            defaultValue={settings.heroButtonHref}
            hint="A path on this store, e.g. /categories/outdoor."
          />
          <div className="sm:col-span-2">
            <SettingsImageField
              name="heroImage"
              label="Hero image"
              currentPath={settings.heroImage}
              currentUrl={heroImageUrl}
              removeLabel="Remove the image (plain dark panel)"
              hint="Shown behind the title, darkened so the text stays readable. Wide images work best."
            />
          </div>
        </section>
        <section aria-labelledby="home-featured" className="max-w-md space-y-4">
          <h2 id="home-featured" className="text-lg font-semibold text-gray-950">
            Featured products
          </h2>
          <SelectField
            name="featuredCategorySlug"
            label="Products to feature"
            defaultValue={settings.featuredCategorySlug ?? ""}
          >
            <option value="">Products marked “featured”</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                Newest in {category.label}
              </option>
            ))}
          </SelectField>
        </section>
        <FormMessage />
        {canEdit && <SubmitButton>Save home page</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
