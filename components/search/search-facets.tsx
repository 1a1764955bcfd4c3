import { FacetCount, FilterActions, FilterPanel, InStockFilter } from "@/components/ui/filter-panel";
import {
  clearFilters,
  hasSearchFilters,
  MIN_RATING_FILTER,
  searchHref,
  type FacetOption,
  type SearchPage,
  type SearchState,
} from "@/lib/search";
import { SearchFiltersForm } from "./search-form";

// Facets as checkboxes with counts, for /search and the category pages alike. Counts are
// disjunctive (lib/search/types): ticking a value shows exactly that many results, and
// ticking two brands (or two sizes) shows either.

function FacetGroup({ legend, name, options }: { legend: string; name: string; options: FacetOption[] }) {
  if (options.length === 0) return null;
  const prefix = `facet-${name}-${legend.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      <ul className="mt-2 space-y-1.5">
        {options.map((option, index) => {
          const id = `${prefix}-${index}`;
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

function RatingFilter({ checked, count }: { checked: boolean; count: number }) {
  if (!checked && count === 0) return null;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-gray-900">Rating</legend>
      <div className="mt-2 flex items-center gap-2">
        <input
          id="facet-rating"
          type="checkbox"
          name="rating"
          value={MIN_RATING_FILTER}
          defaultChecked={checked}
          className="size-4 rounded border-gray-300 accent-gray-950"
        />
        <label htmlFor="facet-rating" className="flex flex-1 justify-between gap-2 text-sm text-gray-800">
          <span>
            <span aria-hidden="true">★★★★☆</span> {MIN_RATING_FILTER} stars and up
          </span>
          <FacetCount count={count} />
        </label>
      </div>
    </fieldset>
  );
}

export function SearchFacets({ formId, state, page }: { formId: string; state: SearchState; page: SearchPage }) {
  const { categories, brands, prices, options } = page.facetOptions;
  const active = hasSearchFilters(state.filters, state.within);
  return (
    // Keyed by the URL so navigating (e.g. "Clear filters") resets the uncontrolled inputs.
    <SearchFiltersForm key={searchHref(state, { page: state.page })} id={formId} within={state.within}>
      <FilterPanel active={active}>
        {state.q && <input type="hidden" name="q" value={state.q} />}
        {state.within === undefined && <FacetGroup legend="Category" name="category" options={categories} />}
        <FacetGroup legend="Brand" name="brand" options={brands} />
        {options.map((option) => (
          <FacetGroup key={option.option} legend={option.label} name="option" options={option.values} />
        ))}
        <FacetGroup legend="Price" name="price" options={prices} />
        <RatingFilter checked={state.filters.minRating !== null} count={page.facets.rated} />
        <InStockFilter id="facet-instock" checked={state.filters.inStock} count={page.facets.inStock} />
        <FilterActions applyOnChange clearHref={active ? searchHref(clearFilters(state)) : null} />
      </FilterPanel>
    </SearchFiltersForm>
  );
}
