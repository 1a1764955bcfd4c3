"use client";

import { useActionState } from "react";
import { fieldIds, inputClass } from "@/components/ui/field-ids";
import { FieldError, SubmitButton } from "@/components/ui/form-controls";
import { errorsFor, FormMessage, type FormAction } from "@/components/ui/action-form";
import type { ImportReport } from "@/lib/admin/client";

export function ImportForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  const report = state?.ok ? (state.data as ImportReport) : null;
  const fileErrors = errorsFor(state, "file");
  return (
    <>
      <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor={fieldIds("file").input} className="block text-sm font-medium text-gray-900">
            CSV file
          </label>
          <input
            id={fieldIds("file").input}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className={inputClass}
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={fileErrors ? fieldIds("file").error : undefined}
          />
          <FieldError name="file" errors={fileErrors} />
        </div>
        <SubmitButton>Import</SubmitButton>
      </form>
      <div className="mt-4">
        <FormMessage state={state && !state.ok ? state : null} />
      </div>
      {report && (
        <section aria-labelledby="report" className="mt-6">
          <h2 id="report" className="text-lg font-semibold" role="status">
            {report.created} created, {report.updated} updated, {report.failed} row{report.failed === 1 ? "" : "s"} not
            imported
          </h2>
          <table className="mt-2 min-w-full text-left text-sm">
            <caption className="sr-only">Import result per row</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4">
                  Line
                </th>
                <th scope="col" className="py-1 pr-4">
                  Slug
                </th>
                <th scope="col" className="py-1 pr-4">
                  SKU
                </th>
                <th scope="col" className="py-1">
                  Result
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.line} className={r.ok ? "" : "bg-red-50"}>
                  <td className="py-1 pr-4">{r.line}</td>
                  <td className="pr-4">{r.slug}</td>
                  <td className="pr-4">{r.sku}</td>
                  <td>{r.ok ? "Imported" : r.errors.join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
