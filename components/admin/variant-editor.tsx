"use client";

import { useEffect, useRef, useState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError } from "@/components/ui/form-controls";
import {
  combinationKey,
  combinations,
  combinationTitle,
  suggestSku,
  type ProductOptionInput,
} from "@/lib/admin/client";
import { ImageNewRows } from "./image-new-rows";
import { VariantBulkEdit } from "./variant-bulk-edit";
import { type OptionDraft, VariantOptions } from "./variant-options";

// Options → variant matrix. Every combination of the options' values is one row; a row keeps
// what was typed (and an existing variant its id, SKU and stock) while the options change, and
// comes back as it was if its value is added again. Rows of existing variants whose value was
// removed are listed as "removed on save".

export type VariantRowState = {
  id: string;
  values: Record<string, string>;
  sku: string;
  price: string;
  compareAt: string;
  stock: string;
  loaded: string;
  weight: string;
  selected: boolean;
};

type Errors = Record<string, string[] | undefined>;

const columns = [
  { field: "sku", name: "variantSku", label: "SKU", width: "w-44" },
  { field: "price", name: "variantPrice", label: "Price", width: "w-24", mode: "decimal" },
  { field: "compareAt", name: "variantCompareAt", label: "Compare-at", width: "w-24", mode: "decimal" },
  { field: "stock", name: "variantStock", label: "Stock", width: "w-20", mode: "numeric" },
  { field: "weight", name: "variantWeight", label: "Weight (g)", width: "w-24", mode: "numeric" },
] as const;

const sameValues = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function initialRows(variants: Record<string, string>[]): VariantRowState[] {
  return variants.map((v) => {
    let values: Record<string, string> = {};
    try {
      values = JSON.parse(v.variantOptions || "{}") as Record<string, string>;
    } catch {
      values = {};
    }
    return {
      id: v.variantId ?? "",
      values,
      sku: v.variantSku ?? "",
      price: v.variantPrice ?? "",
      compareAt: v.variantCompareAt ?? "",
      stock: v.variantStock ?? "0",
      loaded: v.variantStockLoaded ?? "",
      weight: v.variantWeight ?? "0",
      selected: false,
    };
  });
}

function renameKey(values: Record<string, string>, from: string, to: string) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k === from ? to : k, v]));
}

export function VariantEditor({
  initialOptions,
  variants,
  slug,
  errors,
  withImages = false,
}: {
  initialOptions: ProductOptionInput[];
  variants: Record<string, string>[];
  slug: string;
  errors: Errors;
  /** A new product: images are uploaded with it and can be assigned by option value. */
  withImages?: boolean;
}) {
  const [options, setOptions] = useState<OptionDraft[]>(() => initialOptions.map((o, key) => ({ key, ...o })));
  const [rows, setRows] = useState(() => initialRows(variants));
  const ref = useRef<HTMLDivElement>(null);
  const complete = options.filter((o) => o.name.trim() && o.values.length > 0);
  const names = complete.map((o) => o.name.trim());
  const matrix = combinations(complete.map((o) => ({ name: o.name.trim(), values: o.values })));
  // New rows' SKUs are suggested from the slug (or the name) as it is typed above.
  const [slugNow, setSlugNow] = useState(slug);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const read = (n: string) => (form.elements.namedItem(n) as HTMLInputElement | null)?.value.trim() ?? "";
    const follow = () => setSlugNow(read("slug") || read("name"));
    form.addEventListener("input", follow);
    return () => form.removeEventListener("input", follow);
  }, []);
  // Renaming an option renames it in every row, so the rows keep what was typed.
  const changeOptions = (next: OptionDraft[]) => {
    for (const option of next) {
      const before = options.find((o) => o.key === option.key);
      const from = before?.name.trim();
      const to = option.name.trim();
      if (from && to && from !== to)
        setRows((all) => all.map((r) => ({ ...r, values: renameKey(r.values, from, to) })));
    }
    setOptions(next);
  };
  const stateOf = (values: Record<string, string>) => rows.find((r) => sameValues(r.values, values));
  const shown = matrix.map((values) => {
    const found = stateOf(values);
    return (
      found ?? {
        id: "",
        values,
        sku: suggestSku(slugNow, values, names),
        price: "",
        compareAt: "",
        stock: "0",
        loaded: "",
        weight: "0",
        selected: false,
      }
    );
  });
  const shownIds = new Set(shown.map((r) => r.id).filter(Boolean));
  const removed = Object.values(rows).filter((r) => r.id && !shownIds.has(r.id));
  // A generated row enters the state when first edited; until then its SKU follows the slug.
  const put = (row: VariantRowState, change: Partial<VariantRowState>) =>
    setRows((all) => {
      const at = all.findIndex((r) => sameValues(r.values, row.values));
      return at < 0 ? [...all, { ...row, ...change }] : all.map((r, i) => (i === at ? { ...r, ...change } : r));
    });
  const allSelected = shown.length > 0 && shown.every((r) => r.selected);

  return (
    <div ref={ref} className="space-y-4">
      <VariantOptions options={options} onChange={changeOptions} errors={errors} />
      <fieldset className="rounded-md border border-gray-200 p-4">
        <legend className="px-1 text-sm font-semibold text-gray-900">Variants ({shown.length})</legend>
        <VariantBulkEdit
          disabled={!shown.some((r) => r.selected)}
          onApply={(change) => shown.filter((r) => r.selected).forEach((r) => put(r, change))}
        />
        <label className="mt-3 flex items-center gap-2 text-sm text-gray-900">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={() => shown.forEach((r) => put(r, { selected: !allSelected }))}
            className="size-4"
          />
          Select all variants
        </label>
        <ol className="mt-3 space-y-3">
          {shown.map((row, index) => {
            const title = combinationTitle(row.values, names);
            const rowErrors = errors[`variantRow.${index}`];
            return (
              <li key={combinationKey(row.values, names)} className="rounded-md border border-gray-100 p-2">
                <input type="hidden" name="variantId" value={row.id} />
                <input type="hidden" name="variantOptions" value={JSON.stringify(row.values)} />
                <input type="hidden" name="variantStockLoaded" value={row.loaded} />
                <div className="flex flex-wrap items-end gap-2">
                  <label className="flex w-40 items-center gap-2 self-center text-sm font-medium text-gray-950">
                    <input
                      type="checkbox"
                      checked={row.selected}
                      onChange={(e) => put(row, { selected: e.target.checked })}
                      className="size-4"
                    />
                    {title}
                  </label>
                  {columns.map((col) => {
                    const name = `${col.name}.${index}`;
                    const fieldErrors = errors[name];
                    return (
                      <div key={col.name} className={col.width}>
                        <label htmlFor={fieldIds(name).input} className="block text-xs font-medium text-gray-800">
                          {col.label}{" "}
                          <span className="sr-only">
                            (row {index + 1}), {title}
                          </span>
                        </label>
                        <input
                          id={fieldIds(name).input}
                          name={col.name}
                          value={row[col.field]}
                          inputMode={"mode" in col ? col.mode : undefined}
                          onChange={(e) => put(row, { [col.field]: e.target.value })}
                          aria-invalid={fieldErrors?.length ? true : undefined}
                          aria-describedby={fieldErrors?.length ? fieldIds(name).error : undefined}
                          className={inputClass}
                        />
                        <FieldError name={name} errors={fieldErrors} />
                      </div>
                    );
                  })}
                </div>
                <FieldError name={`variantRow.${index}`} errors={rowErrors} />
              </li>
            );
          })}
        </ol>
        {removed.length > 0 && (
          <div role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            Removed on save (a variant that has been ordered cannot be removed):{" "}
            {removed.map((r) => `${r.sku} (${Object.values(r.values).join(" / ") || "Default"})`).join(", ")}
          </div>
        )}
        <FieldError name="variants" errors={errors.variants} />
      </fieldset>
      {withImages && (
        <ImageNewRows options={complete.map((o) => ({ name: o.name.trim(), values: o.values }))} errors={errors} />
      )}
    </div>
  );
}
