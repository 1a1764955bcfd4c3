"use client";

import { useState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError } from "@/components/ui/form-controls";
import { imageChoices, type ProductOptionInput } from "@/lib/admin/client";

type Errors = Record<string, string[] | undefined>;

const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";

// Images uploaded with a new product, before its first save: each with its alt text and the
// variants it shows. Rows without a file are ignored by the server.
export function ImageNewRows({ options, errors }: { options: ProductOptionInput[]; errors: Errors }) {
  const [rows, setRows] = useState([0]);
  const choices = imageChoices(options);
  return (
    <fieldset className="rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold text-gray-900">Images</legend>
      <p className="text-sm text-gray-700">
        JPEG, PNG, WebP, GIF or AVIF, up to 5 MB each. The first image is the one shoppers see in listings; an image for
        a value (Colour: Black) is shown first for those variants.
      </p>
      <ol className="mt-3 space-y-3">
        {rows.map((key, index) => {
          const file = `newImage.${index}`;
          const alt = `newImageAlt.${index}`;
          const forField = `newImageFor.${index}`;
          return (
            <li key={key} className="flex flex-wrap items-end gap-2">
              <div className="min-w-56 flex-1">
                <label htmlFor={fieldIds(file).input} className="block text-xs font-medium text-gray-800">
                  Image {index + 1}
                </label>
                <input
                  id={fieldIds(file).input}
                  name="newImage"
                  type="file"
                  accept={ACCEPT}
                  aria-invalid={errors[file] ? true : undefined}
                  aria-describedby={errors[file] ? fieldIds(file).error : undefined}
                  className={inputClass}
                />
                <FieldError name={file} errors={errors[file]} />
              </div>
              <div className="min-w-48 flex-1">
                <label htmlFor={fieldIds(alt).input} className="block text-xs font-medium text-gray-800">
                  Alt text of image {index + 1}
                </label>
                <input
                  id={fieldIds(alt).input}
                  name="newImageAlt"
                  maxLength={300}
                  aria-invalid={errors[alt] ? true : undefined}
                  aria-describedby={errors[alt] ? fieldIds(alt).error : undefined}
                  className={inputClass}
                />
                <FieldError name={alt} errors={errors[alt]} />
              </div>
              <div className="w-48">
                <label htmlFor={fieldIds(forField).input} className="block text-xs font-medium text-gray-800">
                  Image {index + 1} shows
                </label>
                <select
                  id={fieldIds(forField).input}
                  name="newImageFor"
                  className={inputClass}
                  aria-invalid={errors[forField] ? true : undefined}
                  aria-describedby={errors[forField] ? fieldIds(forField).error : undefined}
                >
                  {choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
                <FieldError name={forField} errors={errors[forField]} />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => setRows((r) => [...r, Math.max(...r) + 1])}
        className="mt-3 rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        Add another image
      </button>
    </fieldset>
  );
}
