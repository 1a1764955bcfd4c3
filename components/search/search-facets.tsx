import Link from "next/link";
import { hasSearchFilters, type SearchState, searchHref } from "@/lib/search/params";
import type { FacetOption, SearchPage } from "@/lib/search/service";
import { SearchFiltersForm } from "./search-form";

// Facets as checkboxes with counts. Counts are disjunctive (lib/search/types): ticking a
// value shows exactly that many results, and ticking two brands shows either.

function FacetGroup({ legend, name, options }: { legend: string; name: string; options: FacetOption[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      <ul className="mt-2 space-y-1.5">
        {options.map((option, index) => {
          const id = `facet-${name}-${index}`;
          return (
            <li key={option.value} className="flex items-center gap-2" style={option.depth ? { paddingLeft: `${option.depth}rem` } : undefined}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={option.selected}
                className="size-4 rounded border-gray-300 accent-gray-950"
              />
              <label htmlFor={id} className="flex flex-1 justify-between gap-2 text-sm text-gray-800">
                <span>{option.label}</span>
                <span className="text-gray-600">
                  {option.count}
                  <span className="sr-only"> products</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function SearchFacets({ formId, state, page }: { formId: string; state: SearchState; page: SearchPage }) {
  const { categories, brands, prices } = page.facetOptions;
  const active = hasSearchFilters(state.filters);
  return (
    // Keyed by the URL so navigating (e.g. "Clear filters") resets the uncontrolled inputs.
    <SearchFiltersForm key={searchHref(state, { page: state.page })} id={formId}>
      {/* As on category pages: a disclosure on phones so products stay above the fold,
          always open from lg up (::details-content), where the filters are a sidebar. */}
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
          {state.q && <input type="hidden" name="q" value={state.q} />}
          <FacetGroup legend="Category" name="category" options={categories} />
          <FacetGroup legend="Brand" name="brand" options={brands} />
          <FacetGroup legend="Price" name="price" options={prices} />
          <fieldset>
            <legend className="text-sm font-medium text-gray-900">Availability</legend>
            <div className="mt-2 flex items-center gap-2">
              <input id="facet-instock" name="instock" type="checkbox" value="1" defaultChecked={state.filters.inStock} className="size-4 rounded border-gray-300 accent-gray-950" />
              <label htmlFor="facet-instock" className="flex flex-1 justify-between gap-2 text-sm text-gray-800">
                <span>In stock only</span>
                <span className="text-gray-600">
                  {page.facets.inStock}
                  <span className="sr-only"> products</span>
                </span>
              </label>
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <noscript>
              <button type="submit" className="rounded-md bg-gray-950 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-800">
                Apply filters
              </button>
            </noscript>
            {active && (
              <Link
                href={searchHref({ ...state, filters: { categories: [], brands: [], priceBuckets: [], inStock: false } })}
                className="text-sm font-medium text-gray-800 underline underline-offset-4 hover:text-gray-950"
              >
                Clear filters
              </Link>
            )}
          </div>
        </div>
      </details>
    </SearchFiltersForm>
  );
}
