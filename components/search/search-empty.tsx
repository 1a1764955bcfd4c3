import Link from "next/link";
import { clearFilters, hasSearchFilters, searchHref, type SearchState } from "@/lib/search";

const link = "font-medium text-gray-950 underline underline-offset-4";

/** Why nothing is shown, and the most useful next step: a spelling, fewer filters, page 1. */
export function SearchEmpty({
  state,
  total,
  didYouMean,
}: {
  state: SearchState;
  total: number;
  didYouMean: string | null;
}) {
  const filtered = hasSearchFilters(state.filters, state.within);
  return (
    <div className="rounded-xl border border-dashed border-gray-300 px-6 py-12 text-center text-gray-800">
      {total > 0 ? (
        <p>
          This page is past the end of the results.{" "}
          <Link href={searchHref(state)} className={link}>
            Back to the first page
          </Link>
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-lg font-medium text-gray-950">
            {state.q ? (
              <>
                No products match “{state.q}”{filtered && " with these filters"}.
              </>
            ) : (
              "No products match these filters."
            )}
          </p>
          {didYouMean && (
            <p>
              Did you mean{" "}
              <Link href={searchHref({ ...state, q: didYouMean })} className={link}>
                {didYouMean}
              </Link>
              ?
            </p>
          )}
          {filtered && (
            <p>
              <Link href={searchHref(clearFilters(state))} className={link}>
                {state.within === undefined ? "Search without filters" : "Clear filters"}
              </Link>
            </p>
          )}
          <p className="text-sm text-gray-700">
            Check the spelling, try fewer or more general words, or{" "}
            <Link href="/search" className={link}>
              browse all products
            </Link>
            .
          </p>
        </div>
      )}
    </div>
  );
}
