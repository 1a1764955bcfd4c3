import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/field-ids";

// The filters above a staff list and what the list says when nothing is in it. The filters
// are a plain GET form: the choice lives in the URL, works without JS and can be bookmarked.

const labelClass = "block text-sm font-medium text-gray-900";

/** A search landmark named `label` with its fields, a Filter button and anything `after` it (links). */
export function FilterForm({ label, children, after }: { label: string; children: ReactNode; after?: ReactNode }) {
  return (
    <form role="search" aria-label={label} className="flex flex-wrap items-end gap-3">
      {children}
      <button
        type="submit"
        className="rounded-md border border-gray-300 px-4 py-2 text-sm font-semibold text-gray-900 hover:bg-gray-50"
      >
        Filter
      </button>
      {after}
    </form>
  );
}

/** A select named `name`; `any` adds a first option with the empty value (no filter). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  any?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={inputClass}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({
  name,
  label,
  value,
  type = "search",
}: {
  name: string;
  label: string;
  value: string | undefined;
  type?: "search" | "date";
}) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input id={name} name={name} type={type} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}

/** What an empty list (or a filter matching nothing) says instead of the table. */
export function EmptyList({ children }: { children: ReactNode }) {
  return (
    <p className="mt-6 rounded-md border border-dashed border-gray-300 p-8 text-center text-gray-700">{children}</p>
  );
}

/** `values` as select options, each labelled by `label`. */
export const optionsOf = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }));
