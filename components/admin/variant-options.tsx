"use client";

import { useState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError } from "@/components/ui/form-controls";
import { MAX_OPTIONS } from "@/lib/admin/client";

export type OptionDraft = { key: number; name: string; values: string[] };

type Errors = Record<string, string[] | undefined>;

const button = "rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";

// The options and their values as rows of chips: a value is typed into its own box and added
// with Enter or the button, so the owner never writes a syntax. Each option posts its name and
// its values one per line (hidden), which is what the server reads.
export function VariantOptions({
  options,
  onChange,
  errors,
}: {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  errors: Errors;
}) {
  const [nextKey, setNextKey] = useState(options.length);
  const update = (key: number, change: Partial<OptionDraft>) =>
    onChange(options.map((o) => (o.key === key ? { ...o, ...change } : o)));
  return (
    <fieldset className="rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold text-gray-900">Options</legend>
      <p className="text-sm text-gray-700">
        Add options such as Size or Colour and their values; a variant is made for every combination. Without options
        the product has one variant.
      </p>
      <input type="hidden" name="optionsEditor" value="1" />
      <ol className="mt-3 space-y-4">
        {options.map((option, index) => (
          <OptionRow
            key={option.key}
            option={option}
            index={index}
            errors={errors}
            onChange={(change) => update(option.key, change)}
            onRemove={() => onChange(options.filter((o) => o.key !== option.key))}
          />
        ))}
      </ol>
      {options.length < MAX_OPTIONS && (
        <button
          type="button"
          className={`mt-3 ${button}`}
          onClick={() => {
            onChange([...options, { key: nextKey, name: "", values: [] }]);
            setNextKey((k) => k + 1);
          }}
        >
          Add an option
        </button>
      )}
      <FieldError name="options" errors={errors.options} />
    </fieldset>
  );
}

function OptionRow({
  option,
  index,
  errors,
  onChange,
  onRemove,
}: {
  option: OptionDraft;
  index: number;
  errors: Errors;
  onChange: (change: Partial<OptionDraft>) => void;
  onRemove: () => void;
}) {
  const [draft, setDraft] = useState("");
  const nameField = `optionName.${index}`;
  const valuesField = `optionValues.${index}`;
  const label = option.name || `option ${index + 1}`;
  const addValue = () => {
    const value = draft.trim();
    if (value && !option.values.some((v) => v.toLowerCase() === value.toLowerCase()))
      onChange({ values: [...option.values, value] });
    setDraft("");
  };
  return (
    <li className="rounded-md bg-gray-50 p-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <label htmlFor={fieldIds(nameField).input} className="block text-xs font-medium text-gray-800">
            Option name <span className="sr-only">{index + 1}</span>
          </label>
          <input
            id={fieldIds(nameField).input}
            name="optionName"
            value={option.name}
            maxLength={40}
            placeholder="Size"
            onChange={(e) => onChange({ name: e.target.value })}
            aria-invalid={errors[nameField] ? true : undefined}
            aria-describedby={errors[nameField] ? fieldIds(nameField).error : undefined}
            className={inputClass}
          />
          <FieldError name={nameField} errors={errors[nameField]} />
        </div>
        <div className="w-48">
          <label htmlFor={fieldIds(valuesField).input} className="block text-xs font-medium text-gray-800">
            New value of {label}
          </label>
          <input
            id={fieldIds(valuesField).input}
            value={draft}
            maxLength={60}
            placeholder="M"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault(); // Enter adds the value instead of submitting the form
              addValue();
            }}
            aria-invalid={errors[valuesField] ? true : undefined}
            aria-describedby={errors[valuesField] ? fieldIds(valuesField).error : undefined}
            className={inputClass}
          />
        </div>
        <button type="button" className={button} onClick={addValue}>
          Add value<span className="sr-only"> to {label}</span>
        </button>
        <button type="button" className={button} onClick={onRemove}>
          Remove option<span className="sr-only"> {label}</span>
        </button>
      </div>
      <input type="hidden" name="optionValues" value={option.values.join("\n")} />
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Values of ${label}`}>
        {option.values.map((value) => (
          <li
            key={value}
            className="inline-flex items-center gap-1 rounded-full bg-white px-3 py-1 text-sm ring-1 ring-gray-300"
          >
            {value}
            <button
              type="button"
              className="rounded-full px-1 text-gray-700 hover:bg-gray-100"
              onClick={() => onChange({ values: option.values.filter((v) => v !== value) })}
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">
                Remove {value} from {label}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <FieldError name={valuesField} errors={errors[valuesField]} />
    </li>
  );
}
