"use client";

import { useFieldErrors } from "@/components/ui/action-form";
import { FieldError } from "@/components/ui/form-controls";
import { describedBy, fieldIds, inputClass } from "@/components/ui/field-ids";

/**
 * An image the settings keep (logo, favicon, hero): the current one shown, a file to replace
 * it and a box to drop it. The current path travels in a hidden field so a save without a new
 * file keeps it.
 */
export function SettingsImageField({
  name,
  label,
  currentPath,
  currentUrl,
  removeLabel,
  hint,
}: {
  name: string;
  label: string;
  currentPath: string | null;
  currentUrl: string | null;
  removeLabel: string;
  hint: string;
}) {
  const errors = useFieldErrors(name);
  const ids = fieldIds(name);
  const removeId = `${ids.input}-remove`;
  return (
    <fieldset className="rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-medium text-gray-900">{label}</legend>
      <input type="hidden" name={`${name}Path`} value={currentPath ?? ""} />
      {currentUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small preview of any size and type
        <img src={currentUrl} alt={`Current ${label.toLowerCase()}`} className="mb-3 max-h-16 w-auto rounded" />
      ) : (
        <p className="mb-3 text-sm text-gray-600">None set.</p>
      )}
      <label htmlFor={ids.input} className="block text-sm text-gray-900">
        Upload a new image <span className="text-gray-600">(optional)</span>
      </label>
      <input
        id={ids.input}
        name={name}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-gray-100 file:px-3 file:py-1`}
      />
      <p id={ids.hint} className="mt-1 text-sm text-gray-600">
        {hint}
      </p>
      <FieldError name={name} errors={errors} />
      {currentPath && (
        <div className="mt-3 flex items-center gap-2">
          <input id={removeId} name={`${name}Remove`} type="checkbox" className="size-4 rounded border-gray-300" />
          <label htmlFor={removeId} className="text-sm text-gray-900">
            {removeLabel}
          </label>
        </div>
      )}
    </fieldset>
  );
}
