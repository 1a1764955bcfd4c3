"use client";

import { useRouter } from "next/navigation";
import { SEARCH_SORTS, parseSearchParams, searchHref, sortLabels, type SearchSort } from "@/lib/search/client";
import { SortControl } from "../listing-form";

// The facets and the sort are one GET form to /search: without JavaScript the browser
// submits it (an Apply button shows); with JavaScript every change submits through the
// router with the same parser, so URLs stay short and a new filter starts at page 1.

export function SearchFiltersForm({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === "string") params.append(key, value);
    router.push(searchHref(parseSearchParams(params)), { scroll: false });
  }
  return (
    <form
      id={id}
      action="/search"
      method="get"
      onSubmit={onSubmit}
      onChange={(e) => e.currentTarget.requestSubmit()}
      className={className}
    >
      {children}
    </form>
  );
}

/** Outside the form in the markup (form attribute), above the results. */
export function SearchSortSelect({ formId, value }: { formId: string; value: SearchSort }) {
  return (
    <SortControl
      formId={formId}
      selectId="search-sort"
      value={value}
      options={SEARCH_SORTS.map((key) => ({ value: key, label: sortLabels[key] }))}
    />
  );
}
