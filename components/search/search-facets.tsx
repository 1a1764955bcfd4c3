import { FacetCount, FilterActions, FilterPanel, InStockFilter } from "@/components/ui/filter-panel";
import { hasSearchFilters, searchHref, type FacetOption, type SearchPage, type SearchState } from "@/lib/search";
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
            <li
              key={option.value}
              className="flex items-center gap-2"
              style={option.depth ? { paddingLeft: `${option.depth}rem` } : undefined}
            >
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
                <FacetCount count={option.count} />
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
      <FilterPanel active={active}>
        {state.q && <input type="hidden" name="q" value={state.q} />}
        <FacetGroup legend="Category" name="category" options={categories} />
        <FacetGroup legend="Brand" name="brand" options={brands} />
        <FacetGroup legend="Price" name="price" options={prices} />
        <InStockFilter id="facet-instock" checked={state.filters.inStock} count={page.facets.inStock} />
        <FilterActions
          applyOnChange
          clearHref={
            active
              ? searchHref({ ...state, filters: { categories: [], brands: [], priceBuckets: [], inStock: false } })
              : null
          }
        />
      </FilterPanel>
    </SearchFiltersForm>
  );
}
