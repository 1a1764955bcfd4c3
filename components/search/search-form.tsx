"use client";

import { useRouter } from "next/navigation";
import { basePath, parseSearchParams, searchHref, sortOptions, type SearchSort } from "@/lib/search/client";
import { SortControl } from "../listing-form";

// The facets and the sort are one GET form to /search (or to the category page `within`
// names): without JavaScript the browser submits it (an Apply button shows); with JavaScript
// every change submits through the router with the same parser, so URLs stay short and a new
// filter starts at page 1.

export function SearchFiltersForm({
  id,
  within,
  className,
  children,
}: {
  id: string;
  within?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === "string") params.append(key, value);
    // From a plain listing (no query string) the router takes the new query for the same
    // static page and fetches nothing, though proxy.ts serves each query a page of its own
    // (docs/architecture.md, "Views as paths"): a refresh asks the server for that page.
    const fromPlainPage = window.location.search === "";
    router.push(searchHref(parseSearchParams(params, within)), { scroll: false });
    if (fromPlainPage) router.refresh();
  }
  return (
    <form
      id={id}
      action={basePath({ within })}
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
export function SearchSortSelect({
  formId,
  value,
  browsing = false,
}: {
  formId: string;
  value: SearchSort;
  browsing?: boolean;
}) {
  return <SortControl formId={formId} selectId="search-sort" value={value} options={sortOptions(browsing)} />;
}
