import type { Metadata } from "next";
import { Pagination } from "@/components/pagination";
import { SearchBox } from "@/components/search/search-box";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchSortSelect } from "@/components/search/search-form";
import { SearchResultsGrid } from "@/components/search/search-results";
import { ShopMain } from "@/components/shop-main";
import { hasSearchFilters, searchHref, searchProducts, type SearchState } from "@/lib/search";

const FORM_ID = "search-controls";

export function searchMetadata({ q }: SearchState): Metadata {
  // Result pages are endless and thin: kept out of the index, their links followed.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true } };
}

/**
 * A search view: /search itself and every /search?… (which proxy.ts hands to ./view/[query]
 * in canonical form) render this, each one cached whole until the index changes.
 */
export async function SearchResultsPage({ state }: { state: SearchState }) {
  const page = await searchProducts(state);
  const from = (state.page - 1) * page.pageSize + 1;
  // Filters and sort only help when there is something to narrow, or a filter to undo.
  const controls = page.total > 0 || hasSearchFilters(state.filters);

  return (
    <ShopMain>
      <div className="pt-6">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950">
          {state.q ? <>Results for “{state.q}”</> : "All products"}
        </h1>
        {/* Keyed by the query so a new search resets the box's text. */}
        <SearchBox key={state.q} defaultValue={state.q} label="Search again" className="mt-4 max-w-xl" />
        {page.correctedQuery && page.total > 0 && (
          <p className="mt-3 text-sm text-gray-800">
            Showing results for <strong className="font-semibold text-gray-950">{page.correctedQuery}</strong>.
          </p>
        )}
      </div>

      <div className={`mt-8 grid gap-8 ${controls ? "lg:grid-cols-[15rem_1fr]" : ""}`}>
        {controls && (
          <aside aria-label="Filters" className="lg:pt-1">
            <SearchFacets formId={FORM_ID} state={state} page={page} />
          </aside>
        )}
        <section aria-labelledby="results-heading">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-sm text-gray-700">
              {page.hits.length > 0
                ? `${from}–${from + page.hits.length - 1} of ${page.total} ${page.total === 1 ? "product" : "products"}`
                : `${page.total} products`}
            </h2>
            {controls && <SearchSortSelect key={state.sort} formId={FORM_ID} value={state.sort} browsing={!state.q} />}
          </div>
          {page.hits.length > 0 ? (
            <SearchResultsGrid hits={page.hits} />
          ) : (
            <SearchEmpty state={state} total={page.total} didYouMean={page.didYouMean} />
          )}
          <Pagination page={state.page} pageCount={page.pageCount} hrefFor={(p) => searchHref(state, { page: p })} />
        </section>
      </div>
    </ShopMain>
  );
}
