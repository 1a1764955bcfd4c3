import Link from "next/link";

// The filter sidebar shared by category listings and search results: the same
// disclosure, availability box and apply/clear row around each page's own fields.

/**
 * A disclosure on phones, so products stay above the fold; always open from lg up
 * (::details-content), where the filters sit in a sidebar. A browser without
 * ::details-content keeps the toggle. Closed, its inputs are still part of the form.
 */
export function FilterPanel({ active, children }: { active: boolean; children: React.ReactNode }) {
  return (
    <details
      open={active || undefined}
      className="rounded-lg border border-gray-200 lg:border-0 lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]"
    >
      <summary className="flex cursor-pointer items-center justify-between rounded-lg px-4 py-3 text-sm font-semibold text-gray-950 lg:supports-[selector(::details-content)]:hidden">
        <span>Filters{active ? " (active)" : ""}</span>
        <span aria-hidden="true" className="text-gray-600">
          ▾
        </span>
      </summary>
      <div className="space-y-6 px-4 pb-4 lg:p-0">
        <h2 className="hidden text-base font-semibold text-gray-950 lg:block">Filters</h2>
        {children}
      </div>
    </details>
  );
}

/** The "In stock only" box; with `count`, how many results it would leave. */
export function InStockFilter({ id, checked, count }: { id: string; checked: boolean; count?: number }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-gray-900">Availability</legend>
      <div className="mt-2 flex items-center gap-2">
        <input
          id={id}
          name="instock"
          type="checkbox"
          value="1"
          defaultChecked={checked}
          className="size-4 rounded border-gray-300 accent-gray-950"
        />
        {count === undefined ? (
          <label htmlFor={id} className="text-sm text-gray-800">
            In stock only
          </label>
        ) : (
          <label htmlFor={id} className="flex flex-1 justify-between gap-2 text-sm text-gray-800">
            <span>In stock only</span>
            <FacetCount count={count} />
          </label>
        )}
      </div>
    </fieldset>
  );
}

export function FacetCount({ count }: { count: number }) {
  return (
    <span className="text-gray-600">
      {count}
      <span className="sr-only"> products</span>
    </span>
  );
}

/**
 * "Apply filters" and, while any filter is on, "Clear filters". Forms that apply each
 * change as it is made (`applyOnChange`) show the button only without JavaScript.
 */
export function FilterActions({
  clearHref,
  applyOnChange = false,
}: {
  clearHref: string | null;
  applyOnChange?: boolean;
}) {
  const apply = (
    <button
      type="submit"
      className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800"
    >
      Apply filters
    </button>
  );
  return (
    <div className="flex flex-wrap items-center gap-3">
      {applyOnChange ? <noscript>{apply}</noscript> : apply}
      {clearHref !== null && (
        <Link
          href={clearHref}
          className="text-sm font-medium text-gray-800 underline underline-offset-4 hover:text-gray-950"
        >
          Clear filters
        </Link>
      )}
    </div>
  );
}
