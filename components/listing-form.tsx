"use client";

import { useRouter } from "next/navigation";
import { SORT_KEYS, listingQueryString, parseListingParams, sortLabels, type SortKey } from "@/lib/catalog/client";

// The listing's filters and sort are one GET form: without JavaScript the browser submits
// it as is (empty fields included; the server parser ignores them). With JavaScript we
// submit through the router instead, with the same parser, so URLs stay short and canonical.

export function ListingForm({
  id,
  action,
  currency,
  className,
  children,
}: {
  id: string;
  action: string;
  currency: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === "string") search.append(key, value);
    // A new filter or sort starts again from page 1: the form has no page field.
    const query = listingQueryString(parseListingParams(search, currency), currency);
    router.push(`${action}${query}`, { scroll: false });
  }
  return (
    <form id={id} action={action} method="get" onSubmit={onSubmit} className={className}>
      {children}
    </form>
  );
}

/** Lives outside the form in the markup (form attribute); submits on change with JS. */
export function SortSelect({ formId, value }: { formId: string; value: SortKey }) {
  return (
    <SortControl
      formId={formId}
      selectId="sort"
      value={value}
      options={SORT_KEYS.map((key) => ({ value: key, label: sortLabels[key] }))}
    />
  );
}

/** The "Sort by" select shared by category listings and search results. */
export function SortControl({
  formId,
  selectId,
  value,
  options,
}: {
  formId: string;
  selectId: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-sm font-medium text-gray-800">
        Sort by
      </label>
      <select
        id={selectId}
        name="sort"
        form={formId}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-gray-300 bg-white py-2 pr-8 pl-3 text-sm text-gray-900 shadow-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button
          type="submit"
          form={formId}
          className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900"
        >
          Sort
        </button>
      </noscript>
    </div>
  );
}
