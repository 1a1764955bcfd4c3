"use client";

import { useId, useState } from "react";
import { inputClass } from "@/components/ui/field-ids";

type Change = { price?: string; stock?: string; weight?: string };

/** Sets price, stock or weight of the selected variant rows at once; an empty box leaves that field. */
export function VariantBulkEdit({ disabled, onApply }: { disabled: boolean; onApply: (change: Change) => void }) {
  const [values, setValues] = useState<Change>({});
  const id = useId();
  const field = (key: keyof Change, label: string, mode: "decimal" | "numeric") => (
    <div className="w-28">
      <label htmlFor={`${id}-${key}`} className="block text-xs font-medium text-gray-800">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        value={values[key] ?? ""}
        inputMode={mode}
        onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
        className={inputClass}
      />
    </div>
  );
  return (
    <div role="group" aria-label="Set for the selected variants" className="flex flex-wrap items-end gap-2">
      {field("price", "Price for selected", "decimal")}
      {field("stock", "Stock for selected", "numeric")}
      {field("weight", "Weight (g) for selected", "numeric")}
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          const change = Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim())) as Change;
          onApply(change);
          setValues({});
        }}
        className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50 disabled:opacity-50"
      >
        Apply to selected
      </button>
    </div>
  );
}
