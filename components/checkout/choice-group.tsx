"use client";

import { useFieldErrors } from "@/components/ui/action-form";
import { fieldIds } from "@/components/ui/field-ids";
import { FieldError } from "@/components/ui/form-controls";

export type Choice = { value: string; label: React.ReactNode; hint?: React.ReactNode; aside?: React.ReactNode };

/**
 * A set of radio buttons as one labelled group (fieldset + legend), with the group's
 * error (from the enclosing ActionForm) announced with it. Works without JavaScript;
 * `onChange` is for live previews only.
 */
export function ChoiceGroup({
  name,
  legend,
  choices,
  defaultValue,
  onChange,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  const errors = useFieldErrors(name);
  const errorId = errors?.length ? fieldIds(name).error : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      <div className="mt-2 space-y-2">
        {choices.map((choice) => {
          const id = `${fieldIds(name).input}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-gray-300 p-3 has-checked:border-gray-950 has-checked:bg-gray-50"
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                defaultChecked={choice.value === defaultValue}
                onChange={onChange ? () => onChange(choice.value) : undefined}
                className="mt-1 size-4"
              />
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap justify-between gap-x-4 text-sm font-medium text-gray-950">
                  <span>{choice.label}</span>
                  {choice.aside && <span>{choice.aside}</span>}
                </span>
                {choice.hint && <span className="mt-0.5 block text-sm text-gray-700">{choice.hint}</span>}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
