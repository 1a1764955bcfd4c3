"use client";

import { useActionState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError, SelectField, SubmitButton, TextField } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";

/** `choices`: whom the image is for ("All variants", "Colour: Black", …), from imageChoices. */
export function ImageUploadForm({
  action,
  productId,
  choices = [],
}: {
  action: FormAction;
  productId: number;
  choices?: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, null);
  const imageErrors = errorsFor(state, "image");
  return (
    <form action={formAction} className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end" noValidate>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="productId" value={productId} />
      <div>
        <label htmlFor={fieldIds("image").input} className="block text-sm font-medium text-gray-900">
          Image (JPEG, PNG, WebP, GIF or AVIF, up to 5 MB)
        </label>
        <input
          id={fieldIds("image").input}
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          required
          aria-invalid={imageErrors ? true : undefined}
          aria-describedby={imageErrors ? fieldIds("image").error : undefined}
          className={inputClass}
        />
        <FieldError name="image" errors={imageErrors} />
      </div>
      <TextField name="alt" label="Alt text" required maxLength={300} errors={errorsFor(state, "alt")} />
      {choices.length > 1 && (
        <SelectField name="forOptions" label="Shows" errors={errorsFor(state, "forOptions")}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
      )}
      <SubmitButton>Upload image</SubmitButton>
    </form>
  );
}
