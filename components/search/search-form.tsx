"use client";

import { useRouter } from "next/navigation";
import { parseSearchParams, searchHref, sortLabels } from "@/lib/search/params";
import { SEARCH_SORTS, type SearchSort } from "@/lib/search/types";

// The facets and the sort are one GET form to /search: without JavaScript the browser
// submits it (an Apply button shows); with JavaScript every change submits through the
// router with the same parser, so URLs stay short and a new filter starts at page 1.

export function SearchFiltersForm({ id, className, children }: { id: string; className?: string; children: React.ReactNode }) {
  const router = useRouter();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value);
    router.push(searchHref(parseSearchParams(params)), { scroll: false });
  }
  return (
    <form id={id} action="/search" method="get" onSubmit={onSubmit} onChange={(e) => e.currentTarget.requestSubmit()} className={className}>
      {children}
    </form>
  );
}

/** Outside the form in the markup (form attribute), above the results. */
export function SearchSortSelect({ formId, value }: { formId: string; value: SearchSort }) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="search-sort" className="text-sm font-medium text-gray-800">
        Sort by
      </label>
      <select
        id="search-sort"
        name="sort"
        form={formId}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-gray-300 bg-white py-2 pr-8 pl-3 text-sm text-gray-900 shadow-sm"
      >
        {SEARCH_SORTS.map((key) => (
          <option key={key} value={key}>
            {sortLabels[key]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" form={formId} className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-900">
          Sort
        </button>
      </noscript>
    </div>
  );
}
