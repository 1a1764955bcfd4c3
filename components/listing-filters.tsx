import { money } from "@/lib/money";
import { hasActiveFilters, listingQueryString, toShortDecimalString, type ListingParams } from "@/lib/catalog";
import { FilterActions, FilterPanel, InStockFilter } from "@/components/ui/filter-panel";
import { ListingForm } from "./listing-form";

const input =
  "w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-950 shadow-sm placeholder:text-gray-500";

/** One end of the price range, in the listing's currency as typed (e.g. "19.99"). */
function PriceBound({
  name,
  label,
  value,
  placeholder,
}: {
  name: "min" | "max";
  label: string;
  value: string;
  placeholder: string;
}) {
  const id = `${name}-price`;
  return (
    <div className="flex-1">
      <label htmlFor={id} className="mb-1 block text-xs text-gray-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        autoComplete="off"
        defaultValue={value}
        placeholder={placeholder}
        className={input}
      />
    </div>
  );
}

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
            <PriceBound name="min" label="Minimum" value={amount(params.minPrice)} placeholder="0" />
            <span aria-hidden="true" className="mt-5 text-gray-500">
              –
            </span>
            <PriceBound name="max" label="Maximum" value={amount(params.maxPrice)} placeholder="Any" />
          </div>
        </fieldset>
        <InStockFilter id="in-stock" checked={params.inStock} />
        <FilterActions clearHref={active ? `${action}${listingQueryString({ sort: params.sort }, currency)}` : null} />
      </FilterPanel>
    </ListingForm>
  );
}
