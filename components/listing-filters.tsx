import { money } from "@/lib/money";
import { toShortDecimalString } from "@/lib/catalog/decimal";
import { type ListingParams, hasActiveFilters, listingQueryString } from "@/lib/catalog/listing-params";
import { FilterActions, FilterPanel, InStockFilter } from "@/components/ui/filter-panel";
import { ListingForm } from "./listing-form";

const input =
  "w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-950 shadow-sm placeholder:text-gray-500";

export function ListingFilters({
  formId,
  action,
  params,
  currency,
}: {
  formId: string;
  action: string;
  params: ListingParams;
  currency: string;
}) {
  const active = hasActiveFilters(params);
  const amount = (value: number | null) => (value === null ? "" : toShortDecimalString(money(value, currency)));
  return (
    // Keyed by the query so a navigation (e.g. "Clear filters") resets the uncontrolled inputs.
    <ListingForm key={listingQueryString(params, currency)} id={formId} action={action} currency={currency}>
      <FilterPanel active={active}>
        <fieldset>
          <legend className="text-sm font-medium text-gray-900">Price ({currency})</legend>
          <div className="mt-2 flex items-center gap-2">
            <div className="flex-1">
              <label htmlFor="min-price" className="mb-1 block text-xs text-gray-700">
                Minimum
              </label>
              <input id="min-price" name="min" inputMode="decimal" autoComplete="off" defaultValue={amount(params.minPrice)} placeholder="0" className={input} />
            </div>
            <span aria-hidden="true" className="mt-5 text-gray-500">
              –
            </span>
            <div className="flex-1">
              <label htmlFor="max-price" className="mb-1 block text-xs text-gray-700">
                Maximum
              </label>
              <input id="max-price" name="max" inputMode="decimal" autoComplete="off" defaultValue={amount(params.maxPrice)} placeholder="Any" className={input} />
            </div>
          </div>
        </fieldset>
        <InStockFilter id="in-stock" checked={params.inStock} />
        <FilterActions clearHref={active ? `${action}${listingQueryString({ sort: params.sort }, currency)}` : null} />
      </FilterPanel>
    </ListingForm>
  );
}
