"use client";

import { useState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError } from "@/components/ui/form-controls";

// Repeated rows (variants, specifications) posted as same-named fields, one per column; the
// server reads them by index, so field errors are keyed `column.index`.
export type Column = {
  name: string;
  label: string;
  width?: string;
  inputMode?: "decimal" | "numeric";
  hidden?: boolean;
};

export function RowsEditor({
  legend,
  columns,
  initial,
  blank,
  errors,
  addLabel,
}: {
  legend: string;
  columns: Column[];
  initial: Record<string, string>[];
  blank: Record<string, string>;
  errors: Record<string, string[] | undefined>;
  addLabel: string;
}) {
  const [rows, setRows] = useState(() => (initial.length ? initial : [blank]).map((row, i) => ({ key: i, row })));
  const [next, setNext] = useState(rows.length);
  return (
    <fieldset className="rounded-md border border-gray-200 p-4">
      <legend className="px-1 text-sm font-semibold text-gray-900">{legend}</legend>
      <ol className="space-y-3">
        {rows.map(({ key, row }, index) => (
          <li key={key} className="flex flex-wrap items-end gap-2">
            {columns.map((col) => {
              const name = `${col.name}.${index}`;
              const fieldErrors = errors[name];
              if (col.hidden)
                return <input key={col.name} type="hidden" name={col.name} defaultValue={row[col.name] ?? ""} />;
              return (
                <div key={col.name} className={col.width ?? "flex-1"}>
                  <label htmlFor={fieldIds(name).input} className="block text-xs font-medium text-gray-800">
                    {col.label} <span className="sr-only">(row {index + 1})</span>
                  </label>
                  <input
                    id={fieldIds(name).input}
                    name={col.name}
                    defaultValue={row[col.name] ?? ""}
                    inputMode={col.inputMode}
                    aria-invalid={fieldErrors?.length ? true : undefined}
                    aria-describedby={fieldErrors?.length ? fieldIds(name).error : undefined}
                    className={inputClass}
                  />
                  <FieldError name={name} errors={fieldErrors} />
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => setRows((r) => r.filter((x) => x.key !== key))}
              className="rounded-md border border-gray-300 px-3 py-2 text-sm text-gray-900 hover:bg-gray-50"
            >
              Remove <span className="sr-only">row {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          setRows((r) => [...r, { key: next, row: blank }]);
          setNext((n) => n + 1);
        }}
        className="mt-3 rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
